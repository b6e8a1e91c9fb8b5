#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace tollgate
{

// The encodings a CSV file may come in (SPEC §8): UTF-8, with or without a byte-order mark, and
// GB18030, the default of Chinese Excel. Auto tells them apart.
enum class TextEncoding { Auto, Utf8, Gb18030 };

// "auto", "utf-8", "utf8" or "gb18030", in any case; anything else is refused naming --encoding.
Result<TextEncoding> textEncodingFromName(const QString& name);

// Utf8 when the bytes start with a UTF-8 byte-order mark or are valid UTF-8 throughout (plain
// ASCII included), else Gb18030. Never Auto.
TextEncoding detectTextEncoding(const QByteArray& bytes);

// The text of the bytes, with a leading byte-order mark removed. Bytes that are not valid in the
// chosen encoding are refused with an Error naming the 1-based line where the first one stands;
// Auto decodes in the encoding detectTextEncoding() picks.
Result<QString> decodeText(const QByteArray& bytes, TextEncoding encoding);

} // namespace tollgate
