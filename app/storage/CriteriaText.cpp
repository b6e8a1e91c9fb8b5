#include "storage/CriteriaText.h"

namespace tollgate
{

namespace
{

bool needsEscape(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\')
            return true;
    }
    return false;
}

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    // Keys and most evidence need no escape: one append of the whole text.
    if (!needsEscape(text)) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

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
    QString out;
    out.reserve(2 + 20 * entries.size());
    out += QLatin1Char('{');
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it != entries.constBegin())
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1String(":[");
        if (it->score && *it->score >= 0 && *it->score <= 9)
            out += QChar(char16_t(u'0' + *it->score));
        else if (it->score)
            out += QString::number(*it->score);
        else
            out += QLatin1String("null");
        if (it->confidence != Confidence::Unset || !it->evidence.isEmpty()) {
            out += QLatin1String(",\"");
            out += confidenceKey(it->confidence);
            out += QLatin1Char('"');
        }
        if (!it->evidence.isEmpty()) {
            out += QLatin1Char(',');
            appendJsonString(out, it->evidence);
        }
        out += QLatin1Char(']');
    }
    out += QLatin1Char('}');
    return out;
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
