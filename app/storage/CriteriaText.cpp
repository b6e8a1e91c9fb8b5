#include "storage/CriteriaText.h"

#include <algorithm>

namespace tollgate
{

namespace
{

// Writes into a buffer sized for the worst case up front. The column is written once per
// scorecard (100 000 in a bulk import), and appending piece by piece to a QString (a size
// check, and a conversion for every Latin-1 piece) cost four times what the text itself does.
class Writer
{
public:
    explicit Writer(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized), m_out(reinterpret_cast<char16_t*>(m_text.data()))
    {
    }

    void put(char16_t c) { *m_out++ = c; }
    void put(QLatin1String text)
    {
        for (const char c : text)
            *m_out++ = static_cast<unsigned char>(c);
    }
    void put(QStringView text)
    {
        std::copy(text.utf16(), text.utf16() + text.size(), m_out);
        m_out += text.size();
    }

    void putJsonString(QStringView text)
    {
        put(u'"');
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                put(QLatin1String("\\\""));
                break;
            case u'\\':
                put(QLatin1String("\\\\"));
                break;
            case u'\n':
                put(QLatin1String("\\n"));
                break;
            case u'\r':
                put(QLatin1String("\\r"));
                break;
            case u'\t':
                put(QLatin1String("\\t"));
                break;
            default:
                if (c.unicode() < 0x20)
                    putControlEscape(c.unicode());
                else
                    put(c.unicode());
            }
        }
        put(u'"');
    }

    QString take()
    {
        m_text.truncate(m_out - reinterpret_cast<const char16_t*>(m_text.constData()));
        return std::move(m_text);
    }

    // The most a JSON string of `size` characters can take, quotes included: \u001f is six.
    static constexpr qsizetype jsonStringBound(qsizetype size) { return 6 * size + 2; }

private:
    void putControlEscape(char16_t c)
    {
        constexpr char kHex[] = "0123456789abcdef";
        put(QLatin1String("\\u00"));
        put(char16_t(kHex[(c >> 4) & 0xf]));
        put(char16_t(kHex[c & 0xf]));
    }

    QString m_text;
    char16_t* m_out;
};

// A reader for exactly the JSON this column holds: an object of short arrays of a small
// integer or null and strings. Small and fast: a full re-evaluation reads 100 000 of them.
class Reader
{
public:
    // With scoresOnly, confidence and evidence are passed over without being kept.
    explicit Reader(QStringView text, bool scoresOnly = false)
        : m_text(text), m_scoresOnly(scoresOnly)
    {
    }

    bool readCriteria(QMap<QString, CriterionEntry>& entries)
    {
        if (!expect(u'{'))
            return false;
        if (accept(u'}')) // a scorecard with no criterion recorded yet: "{}"
            return finish();
        do {
            QString key;
            CriterionEntry entry;
            if (!readKey(key) || !expect(u':') || !readEntry(entry))
                return false;
            // Written in key order, so each entry goes at the end: no search.
            entries.insert(entries.cend(), key, entry);
        } while (accept(u','));
        return expect(u'}') && finish();
    }

private:
    // Keys repeat in every scorecard (M1 … C6): the text of one seen before is shared, not
    // allocated again.
    bool readKey(QString& key)
    {
        static thread_local QStringList seen;
        skipSpace();
        // A plain key (no escapes) is compared where it lies before anything is allocated.
        const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
        if (m_pos < m_text.size() && m_text[m_pos] == u'"' && close > m_pos) {
            const QStringView plain = m_text.mid(m_pos + 1, close - m_pos - 1);
            if (!plain.contains(u'\\')) {
                // Scorecards list their keys in the same order: try the one after the last.
                for (qsizetype n = 0; n < seen.size(); ++n) {
                    const QString& known = seen.at((m_lastKey + 1 + n) % seen.size());
                    if (known.size() == plain.size() && known == plain) {
                        key = known;
                        m_lastKey = (m_lastKey + 1 + n) % seen.size();
                        m_pos = close + 1;
                        return true;
                    }
                }
            }
        }
        if (!readString(key))
            return false;
        if (seen.size() < 64 && key.size() < 16)
            seen.append(key);
        return true;
    }

    bool readEntry(CriterionEntry& entry)
    {
        if (!expect(u'[') || !readScore(entry.score))
            return false;
        if (m_scoresOnly) {
            // Confidence and evidence, as in the full form: at most two strings.
            for (int item = 0; item < 2 && accept(u','); ++item) {
                if (!skipString())
                    return false;
            }
            return expect(u']');
        }
        if (accept(u',')) {
            QString key;
            if (!readString(key))
                return false;
            const std::optional<Confidence> c = confidenceFromKey(key);
            if (!c)
                return false;
            entry.confidence = *c;
            if (accept(u',') && !readString(entry.evidence))
                return false;
        }
        return expect(u']');
    }

    bool readScore(std::optional<int>& score)
    {
        skipSpace();
        if (m_text.mid(m_pos).startsWith(u"null")) {
            m_pos += 4;
            score.reset();
            return true;
        }
        int value = 0;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9' &&
               m_pos - start < 3)
            value = value * 10 + (m_text[m_pos++].unicode() - u'0');
        if (m_pos == start)
            return false;
        score = value;
        return true;
    }

    bool readString(QString& out)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
            return false;
        ++m_pos;
        const qsizetype start = m_pos;
        // The common case, no escapes: one copy of the whole run.
        while (m_pos < m_text.size() && m_text[m_pos] != u'"' && m_text[m_pos] != u'\\')
            ++m_pos;
        out = m_text.mid(start, m_pos - start).toString();
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"')
                return true;
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                out += e;
                break;
            case u'n':
                out += QLatin1Char('\n');
                break;
            case u'r':
                out += QLatin1Char('\r');
                break;
            case u't':
                out += QLatin1Char('\t');
                break;
            case u'b':
                out += QLatin1Char('\b');
                break;
            case u'f':
                out += QLatin1Char('\f');
                break;
            case u'u': {
                if (m_pos + 4 > m_text.size())
                    return false;
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return false;
                out += QChar(code); // a surrogate pair arrives as two escapes, in order
                m_pos += 4;
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    bool skipString()
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
            return false;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            if (m_text[m_pos] == u'\\')
                ++m_pos; // the escaped character cannot end the string
            else if (m_text[m_pos] == u'"')
                break;
        }
        if (m_pos >= m_text.size())
            return false;
        ++m_pos;
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\n' ||
                                         m_text[m_pos] == u'\r' || m_text[m_pos] == u'\t'))
            ++m_pos;
    }
    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    bool accept(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_pos;
        return true;
    }
    bool expect(char16_t c) { return accept(c); }
    bool finish()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    QStringView m_text;
    bool m_scoresOnly = false;
    qsizetype m_pos = 0;
    static thread_local qsizetype m_lastKey;
};

thread_local qsizetype Reader::m_lastKey = -1;

} // namespace

QString criteriaText(const QMap<QString, CriterionEntry>& entries)
{
    // Per entry besides its two strings: a comma, ':[', a score of up to 11 characters,
    // ',"medium"', a comma and ']'.
    constexpr qsizetype kEntryOverhead = 32;
    qsizetype bound = 2;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        bound += kEntryOverhead + Writer::jsonStringBound(it.key().size()) +
                 Writer::jsonStringBound(it->evidence.size());
    }
    Writer out(bound);
    out.put(u'{');
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it != entries.constBegin())
            out.put(u',');
        out.putJsonString(it.key());
        out.put(QLatin1String(":["));
        if (it->score && *it->score >= 0 && *it->score <= 9)
            out.put(char16_t(u'0' + *it->score));
        else if (it->score)
            out.put(QString::number(*it->score));
        else
            out.put(QLatin1String("null"));
        if (it->confidence != Confidence::Unset || !it->evidence.isEmpty()) {
            out.put(QLatin1String(",\""));
            out.put(confidenceKey(it->confidence));
            out.put(u'"');
        }
        if (!it->evidence.isEmpty()) {
            out.put(u',');
            out.putJsonString(it->evidence);
        }
        out.put(u']');
    }
    out.put(u'}');
    return out.take();
}

bool readCriteriaText(QStringView text, QMap<QString, CriterionEntry>& entries)
{
    QMap<QString, CriterionEntry> read;
    if (!Reader(text).readCriteria(read))
        return false;
    entries = std::move(read);
    return true;
}

bool readCriteriaScores(QStringView text, QMap<QString, CriterionEntry>& entries)
{
    QMap<QString, CriterionEntry> read;
    if (!Reader(text, true).readCriteria(read))
        return false;
    entries = std::move(read);
    return true;
}

} // namespace tollgate
