#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace tollgate
{

// The exchange formats a file name can ask for.
enum class FileFormat { Csv, Json };

// The format of a path by its extension (.csv or .json, any case); anything else is refused
// naming the file.
Result<FileFormat> fileFormatOf(const QString& path);

// What an export can write: the exchange formats, and an Excel workbook for people to read
// (written, never imported).
enum class ExportFormat { Csv, Json, Xlsx };

// The export format of a path by its extension (.csv, .json or .xlsx, any case).
Result<ExportFormat> exportFormatOf(const QString& path);

// The whole file, or an Error (NotFound, Io) naming it.
Result<QByteArray> readWholeFile(const QString& path);

// Writes through QSaveFile, so the old file stays whole until the new one is complete.
Status saveFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace tollgate
