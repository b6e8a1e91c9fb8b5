#include "files/FileDialogs.h"

#include "core/Clock.h"
#include "core/Paths.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace tollgate
{

namespace
{
// The translation context of this file's messages ("FileDialogs" in the .ts files): a class, so
// lupdate files the strings under the same context the program looks them up in.
class FileDialogsText
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
};

QString databaseFilter()
{
    return FileDialogsText::tr("Tollgate databases (*.%1);;All files (*)")
        .arg(Paths::databaseSuffix());
}

QString folderOf(const QString& path)
{
    return path.isEmpty() ? Paths::dataDirectory() : QFileInfo(path).absolutePath();
}

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}
} // namespace

QString FileDialogs::openDatabase(QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, FileDialogsText::tr("Open database"),
                                        Paths::dataDirectory(), databaseFilter());
}

QString FileDialogs::newDatabase(QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, FileDialogsText::tr("New database"),
        Paths::dataDirectory() + QStringLiteral("/pipeline.") + Paths::databaseSuffix(),
        databaseFilter());
    return withSuffix(path, Paths::databaseSuffix());
}

QString FileDialogs::backupTarget(QWidget* parent, const QString& databasePath)
{
    const QString suggested = folderOf(databasePath) + QLatin1Char('/') +
                              QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') +
                              Clock::today().toString(Qt::ISODate) + QLatin1Char('.') +
                              Paths::databaseSuffix();
    return withSuffix(QFileDialog::getSaveFileName(parent, FileDialogsText::tr("Back up database"),
                                                   suggested, databaseFilter()),
                      Paths::databaseSuffix());
}

QString FileDialogs::importSource(QWidget* parent)
{
    return QFileDialog::getOpenFileName(
        parent, FileDialogsText::tr("Import projects"), QString(),
        FileDialogsText::tr("Project files (*.csv *.json);;CSV (*.csv);;JSON (*.json)"));
}

QString FileDialogs::exportTarget(QWidget* parent, const QString& databasePath)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, FileDialogsText::tr("Export projects"),
        folderOf(databasePath) + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() +
            QStringLiteral(".csv"),
        FileDialogsText::tr("CSV, for spreadsheets (*.csv);;JSON, everything (*.json)"), &selected);
    return withSuffix(path, selected.contains(QLatin1String("json")) ? QStringLiteral("json")
                                                                     : QStringLiteral("csv"));
}

} // namespace tollgate
