#include "storage/DatabaseFile.h"

#include "storage/StorageText.h"

#include <QFile>
#include <QFileInfo>

namespace tollgate
{

namespace
{

// The SQLite file format: a 100-byte header starting with this magic string.
constexpr int kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

quint32 bigEndian(const QByteArray& bytes, int offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

Error damaged(const QString& message)
{
    return Error::of(ErrorKind::Damaged, message);
}

} // namespace

Status probeDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error::of(ErrorKind::Invalid,
                         StorageText::tr("%1 is a folder, not a database.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::of(ErrorKind::Io,
                         StorageText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    if (size == 0)
        return damaged(StorageText::tr("%1 is empty; it is not a Tollgate database.").arg(path));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(kMagic)) {
        return damaged(
            StorageText::tr("%1 is not a Tollgate database (it is not an SQLite file).").arg(path));
    }

    // Page size: a power of two from 512 to 32768, or 1 meaning 65536.
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return damaged(
            StorageText::tr("%1 is damaged: its header names an impossible page size.").arg(path));
    }
    // A rollback journal beside the file means a writer stopped inside a transaction (a crash,
    // a kill): the file's size and header are half-way, and SQLite restores them from the
    // journal when it opens the file. Judging them here would call a sound database damaged
    // (found by the crash harness, reliability.TestCrashSafety); quick_check judges it after.
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return {};
    // The page count in the header is trusted only when its "valid for" counter matches the
    // change counter (SQLite's own rule); a file shorter than that count was cut short.
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = pageCount > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (size % pageSize != 0 || (countValid && size < qint64(pageCount) * pageSize)) {
        return damaged(StorageText::tr("%1 is damaged: the file is cut short (%2 bytes).")
                           .arg(path)
                           .arg(size));
    }
    return {};
}

} // namespace tollgate
