#include "commands/EditFeedback.h"

#include "commands/PlainMessage.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tollgate
{

namespace
{
EditFeedback::ConflictHandler& conflictHandler()
{
    static EditFeedback::ConflictHandler handler;
    return handler;
}

EditFeedback::ErrorHandler& errorHandler()
{
    static EditFeedback::ErrorHandler handler;
    return handler;
}
} // namespace

ConflictAnswer EditFeedback::askAboutConflict(const QString& recordName)
{
    if (conflictHandler())
        return conflictHandler()(recordName);
    QMessageBox box(QApplication::activeWindow());
    box.setIcon(QMessageBox::Warning);
    box.setTextFormat(Qt::PlainText); // the record's name is the user's text
    box.setWindowTitle(QCoreApplication::translate("tollgate", "Changed elsewhere"));
    box.setText(QCoreApplication::translate(
                    "tollgate", "“%1” was changed in another window or by another analyst "
                                "since you opened it.")
                    .arg(recordName));
    box.setInformativeText(QCoreApplication::translate(
        "tollgate", "Reload their version and drop your change, or overwrite it with yours?"));
    QPushButton* reload =
        box.addButton(QCoreApplication::translate("tollgate", "Reload"), QMessageBox::RejectRole);
    box.addButton(QCoreApplication::translate("tollgate", "Overwrite"), QMessageBox::AcceptRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload ? ConflictAnswer::Reload : ConflictAnswer::Overwrite;
}

void EditFeedback::reportError(const Error& error)
{
    if (errorHandler()) {
        errorHandler()(error);
        return;
    }
    PlainMessage::warning(QApplication::activeWindow(),
                          QCoreApplication::translate("tollgate", "Not saved"), error.message);
}

void EditFeedback::setConflictHandler(ConflictHandler handler)
{
    conflictHandler() = std::move(handler);
}

void EditFeedback::setErrorHandler(ErrorHandler handler)
{
    errorHandler() = std::move(handler);
}

} // namespace tollgate
