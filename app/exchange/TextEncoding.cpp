#include "exchange/TextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace tollgate
{

namespace
{

class TextEncodingText
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
};

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// The offset of the first byte that is not part of a well-formed UTF-8 sequence (no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1 when all of them are. Written by hand
// because Qt has no public validator and detection runs over every file imported.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Most of a CSV file is ASCII: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 block;
            std::memcpy(&block, data + i, sizeof block);
            if (block & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;  // the range of the second byte, narrowed for lead bytes
        unsigned char high = 0xBF; // whose full range would allow overlongs or surrogates
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

int lineAtOffset(const QByteArray& bytes, qsizetype offset)
{
    return 1 + static_cast<int>(std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n'));
}

Error invalidBytesAt(int line, const QString& encodingName)
{
    Error error = Error::at(QString(), TextEncodingText::tr("Line %1 holds bytes that are not "
                                                            "valid %2 text; choose another "
                                                            "encoding or save the file as UTF-8.")
                                           .arg(line)
                                           .arg(encodingName));
    error.line = line;
    return error;
}

// `bad` is firstInvalidUtf8(bytes), passed in so a detected file is not scanned twice.
Result<QString> decodeUtf8(const QByteArray& bytes, qsizetype bad)
{
    if (bad >= 0)
        return invalidBytesAt(lineAtOffset(bytes, bad), QStringLiteral("UTF-8"));
    const qsizetype start = bytes.startsWith(kUtf8Bom) ? kUtf8Bom.size() : 0;
    return QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
}

// The first line GB18030 cannot decode. A newline byte (0x0A) never occurs inside a GB18030
// multi-byte sequence, so the lines can be decoded one by one. Only runs after a failure.
int firstInvalidGb18030Line(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
        // decode() is lazy: the conversion (and the error) happens when it becomes a QString.
        [[maybe_unused]] const QString text =
            decoder.decode(QByteArrayView(bytes.constData() + start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return line - 1;
}

Result<QString> decodeGb18030(const QByteArray& bytes)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        return Error::of(ErrorKind::Internal,
                         TextEncodingText::tr("This system has no GB18030 decoder; save the file "
                                              "as UTF-8 and import it again."));
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return invalidBytesAt(firstInvalidGb18030Line(bytes), QStringLiteral("GB18030"));
    // GB18030 encodes a byte-order mark too (0x84 0x31 0x95 0x33); it is not part of the text.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

Result<TextEncoding> textEncodingFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("gb18030"))
        return TextEncoding::Gb18030;
    return Error::at(
        QStringLiteral("--encoding"),
        TextEncodingText::tr("--encoding must be auto, utf-8 or gb18030; got \"%1\".").arg(name));
}

TextEncoding detectTextEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith(kUtf8Bom) || firstInvalidUtf8(bytes) < 0)
        return TextEncoding::Utf8;
    return TextEncoding::Gb18030;
}

Result<QString> decodeText(const QByteArray& bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Gb18030)
        return decodeGb18030(bytes);
    const qsizetype bad = firstInvalidUtf8(bytes);
    // Auto, as detectTextEncoding(): a UTF-8 mark or valid UTF-8 throughout, else GB18030.
    if (encoding == TextEncoding::Auto && bad >= 0 && !bytes.startsWith(kUtf8Bom))
        return decodeGb18030(bytes);
    return decodeUtf8(bytes, bad);
}

} // namespace tollgate
