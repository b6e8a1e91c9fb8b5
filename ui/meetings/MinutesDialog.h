#pragma once

#include "report/MeetingMinutes.h"

#include <QDialog>

class QTextBrowser;

namespace tollgate
{

// The minutes of a meeting, generated from its record, to read, copy or save as text.
class MinutesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MinutesDialog(const MeetingMinutes& minutes, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

private:
    void saveAsText();

    MeetingMinutes m_minutes;
    QTextBrowser* m_browser;
};

} // namespace tollgate
