#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tollgate
{

// A meeting's title, date and attendees (one name a line), for a new meeting or an edit. OK
// stays disabled until there is a title and at least one attendee.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingDialog(QWidget* parent = nullptr);

    void setDetails(const QString& title, const QDate& date, const QStringList& attendees);
    QString title() const;
    QDate date() const;
    QStringList attendees() const; // trimmed, without blanks or repeats

    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* attendeesEdit() const { return m_attendees; }

private:
    void updateOk();

    QLineEdit* m_title;
    QDateEdit* m_date;
    QPlainTextEdit* m_attendees;
    QPushButton* m_ok = nullptr;
};

} // namespace tollgate
