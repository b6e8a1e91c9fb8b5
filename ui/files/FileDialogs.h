#pragma once

#include <QString>

class QWidget;

namespace tollgate
{

// The file choosers of the File menu, with the filters each one needs. Empty when cancelled.
namespace FileDialogs
{
QString openDatabase(QWidget* parent);
QString newDatabase(QWidget* parent);
QString backupTarget(QWidget* parent, const QString& databasePath);
QString importSource(QWidget* parent);
QString exportTarget(QWidget* parent, const QString& databasePath);
} // namespace FileDialogs

} // namespace tollgate
