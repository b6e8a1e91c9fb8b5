#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace tollgate
{

// The lower-cased search text of every project row (name, city, tags, description) in one
// contiguous buffer, each row's text ended by a NUL. A search scans the whole buffer once
// with a Boyer–Moore matcher and maps hits back to rows, instead of running 100 000 small
// searches over 100 000 separate strings.
class SearchText
{
public:
    void clear();
    void reserve(qsizetype rows, qsizetype characters);
    int rows() const { return static_cast<int>(m_rowSegment.size()); }

    void append(QStringView lowerText);
    // The row's old text stays in the buffer as garbage until the next clear().
    void replace(int row, QStringView lowerText);
    // Gives `row` the last row's text and drops the last row (swap-with-last removal).
    void moveLastTo(int row);

    QStringView text(int row) const;
    QStringView name(int row) const; // the text up to the first line break

    // Sets hits[row] for every row whose text contains `word` (lower-case, no NUL).
    void markRowsContaining(QStringView word, std::vector<char>& hits) const;

private:
    int addSegment(QStringView lowerText, int row);
    qsizetype segmentEnd(int segment) const;

    QString m_buffer;
    std::vector<qsizetype> m_segmentStart; // in buffer order
    std::vector<int> m_segmentRow;         // the row a segment belongs to, -1 if replaced
    std::vector<int> m_rowSegment;
};

} // namespace tollgate
