#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace tollgate::cli {

// Exit codes of SPEC §8.
enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

// Standard output and error as UTF-8, whatever the locale.
void printOut(const QString& text);
void printOutBytes(const QByteArray& bytes);
void printJson(const QJsonDocument& document);
void printErr(const QString& text);

// One clear line on stderr; returns UserError.
int userError(const Error& error);
int userError(const QString& message);
// The message and the usage text on stderr; returns UsageError.
int usageError(const QString& message);

// Width of text in terminal columns: CJK and other wide characters take two.
int displayWidth(const QString& text);
// A plain-text table with columns padded by display width.
QString formatTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace tollgate::cli
