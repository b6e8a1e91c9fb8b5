#include "services/FileFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tollgate
{

namespace
{

class FileFormatText
{
    Q_DECLARE_TR_FUNCTIONS(FileFormat)
};

} // namespace

Result<FileFormat> fileFormatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return FileFormat::Csv;
    if (suffix == QLatin1String("json"))
        return FileFormat::Json;
    return Error::at(path,
                     FileFormatText::tr("%1: the file name must end in .csv or .json.").arg(path));
}

Result<ExportFormat> exportFormatOf(const QString& path)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    Result<FileFormat> exchange = fileFormatOf(path);
    if (!exchange) {
        return Error::at(
            path,
            FileFormatText::tr("%1: the file name must end in .csv, .json or .xlsx.").arg(path));
    }
    return *exchange == FileFormat::Csv ? ExportFormat::Csv : ExportFormat::Json;
}

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error::of(ErrorKind::NotFound, FileFormatText::tr("%1: no such file.").arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(
            ErrorKind::Io,
            FileFormatText::tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error::of(
            ErrorKind::Io,
            FileFormatText::tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return bytes;
}

Status saveFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::of(
            ErrorKind::Io,
            FileFormatText::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    }
    // An explicit flush: when the disk fills (or a file-size limit is hit) part way, Qt 6.4's
    // commit() renames the truncated file into place, and only flush() reports the short write.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::of(ErrorKind::Io, FileFormatText::tr("%1 cannot be written: %2. The old "
                                                           "file is unchanged.")
                                            .arg(path, reason));
    }
    return {};
}

} // namespace tollgate
