#include "meetings/MeetingDialog.h"

#include "core/Clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tollgate
{

MeetingDialog::MeetingDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit), m_date(new QDateEdit(Clock::today())),
      m_attendees(new QPlainTextEdit)
{
    setWindowTitle(tr("Meeting"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_attendees->setObjectName(QStringLiteral("attendeesPlainTextEdit"));
    m_attendees->setPlaceholderText(tr("One name a line"));
    m_attendees->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Attendees:"), m_attendees);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &MeetingDialog::updateOk);
    connect(m_attendees, &QPlainTextEdit::textChanged, this, &MeetingDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void MeetingDialog::setDetails(const QString& title, const QDate& date,
                               const QStringList& attendees)
{
    m_title->setText(title);
    if (date.isValid())
        m_date->setDate(date);
    m_attendees->setPlainText(attendees.join(u'\n'));
}

QString MeetingDialog::title() const
{
    return m_title->text().trimmed();
}

QDate MeetingDialog::date() const
{
    return m_date->date();
}

QStringList MeetingDialog::attendees() const
{
    QStringList names;
    const QStringList lines = m_attendees->toPlainText().split(u'\n');
    for (const QString& line : lines) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

void MeetingDialog::updateOk()
{
    m_ok->setEnabled(!title().isEmpty() && !attendees().isEmpty());
}

} // namespace tollgate
