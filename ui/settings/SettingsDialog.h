#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace tollgate
{

class Session;

// Edit ▸ Settings: the analyst's name, the language (on the next start), the way money is
// shown, the fund's name for memos, and the gates of the scoring template (a new template version,
// which re-evaluates every project). Without an open database the gates are not shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session, QWidget* parent = nullptr);

    void accept() override;

private:
    Session* m_session;
    QLineEdit* m_analyst;
    QComboBox* m_language;
    QComboBox* m_currency;
    QLineEdit* m_fundName;
    QDoubleSpinBox* m_marketGate = nullptr;
    QDoubleSpinBox* m_costGate = nullptr;
    QLabel* m_error;
};

} // namespace tollgate
