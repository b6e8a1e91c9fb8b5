#pragma once

#include <QDialog>

namespace tollgate
{

// The first-run dialog (SPEC §5): open the bundled sample portfolio, start an empty database,
// or open an existing file. The window does the work; this only records the choice.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Sample, NewDatabase, OpenDatabase };

    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
};

} // namespace tollgate
