#include "models/SearchText.h"

#include <QStringMatcher>

#include <algorithm>

namespace tollgate
{

void SearchText::clear()
{
    m_buffer.clear();
    m_segmentStart.clear();
    m_segmentRow.clear();
    m_rowSegment.clear();
}

void SearchText::reserve(qsizetype rows, qsizetype characters)
{
    m_buffer.reserve(characters);
    m_segmentStart.reserve(rows);
    m_segmentRow.reserve(rows);
    m_rowSegment.reserve(rows);
}

int SearchText::addSegment(QStringView lowerText, int row)
{
    m_segmentStart.push_back(m_buffer.size());
    m_segmentRow.push_back(row);
    m_buffer.append(lowerText);
    m_buffer.append(QChar(0));
    return static_cast<int>(m_segmentStart.size() - 1);
}

void SearchText::append(QStringView lowerText)
{
    m_rowSegment.push_back(addSegment(lowerText, rows()));
}

void SearchText::replace(int row, QStringView lowerText)
{
    m_segmentRow[m_rowSegment[row]] = -1;
    m_rowSegment[row] = addSegment(lowerText, row);
}

void SearchText::moveLastTo(int row)
{
    const int last = rows() - 1;
    m_segmentRow[m_rowSegment[row]] = -1;
    if (row != last) {
        m_rowSegment[row] = m_rowSegment[last];
        m_segmentRow[m_rowSegment[row]] = row;
    }
    m_rowSegment.pop_back();
}

qsizetype SearchText::segmentEnd(int segment) const
{
    const size_t next = static_cast<size_t>(segment) + 1;
    return (next < m_segmentStart.size() ? m_segmentStart[next] : m_buffer.size()) - 1;
}

QStringView SearchText::text(int row) const
{
    const int segment = m_rowSegment[row];
    const qsizetype start = m_segmentStart[segment];
    return QStringView(m_buffer).mid(start, segmentEnd(segment) - start);
}

QStringView SearchText::name(int row) const
{
    const QStringView all = text(row);
    const qsizetype end = all.indexOf(QLatin1Char('\n'));
    return end < 0 ? all : all.left(end);
}

void SearchText::markRowsContaining(QStringView word, std::vector<char>& hits) const
{
    if (word.isEmpty())
        return;
    const QStringView buffer(m_buffer);
    const QStringMatcher matcher(word, Qt::CaseSensitive);
    qsizetype pos = 0;
    while (pos < buffer.size()) {
        pos = word.size() == 1 ? buffer.indexOf(word.front(), pos) : matcher.indexIn(buffer, pos);
        if (pos < 0)
            break;
        // Texts are NUL-separated and words hold no NUL, so a hit lies inside one segment.
        const auto it = std::upper_bound(m_segmentStart.begin(), m_segmentStart.end(), pos);
        const int segment = static_cast<int>(it - m_segmentStart.begin()) - 1;
        if (const int row = m_segmentRow[segment]; row >= 0)
            hits[row] = 1;
        pos = segmentEnd(segment) + 1; // on to the next row's text
    }
}

} // namespace tollgate
