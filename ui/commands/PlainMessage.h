#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace tollgate
{

// Message boxes that show their text as typed. QMessageBox guesses whether a text is HTML: an
// error naming a project "<b>x</b>" or a file "<img src=…>" would be rendered, not shown. Every
// box that can carry the user's text (names, analysts, paths, error messages) goes through here.
namespace PlainMessage
{
QMessageBox::StandardButton
warning(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
} // namespace PlainMessage

} // namespace tollgate
