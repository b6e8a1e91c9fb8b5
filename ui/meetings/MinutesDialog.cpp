#include "meetings/MinutesDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tollgate
{

MinutesDialog::MinutesDialog(const MeetingMinutes& minutes, QWidget* parent)
    : QDialog(parent), m_minutes(minutes), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Minutes: %1").arg(minutes.title));
    m_browser->setObjectName(QStringLiteral("minutesTextBrowser"));
    m_browser->setHtml(minutesHtml(minutes));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save as text…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(minutesText(m_minutes)); });
    connect(save, &QPushButton::clicked, this, &MinutesDialog::saveAsText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

void MinutesDialog::saveAsText()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the minutes"),
                                                      tr("minutes.txt"), tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(minutesText(m_minutes).toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Cannot save the minutes"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace tollgate
