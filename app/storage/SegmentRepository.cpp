#include "storage/SegmentRepository.h"

#include "storage/Query.h"

#include <QSet>

namespace tollgate
{

Result<QList<Segment>> SegmentRepository::all()
{
    Query query(m_db, QStringLiteral("SELECT key, name_en, name_zh, colour, position "
                                     "FROM segments ORDER BY position, key"));
    if (Status ran = query.exec(); !ran)
        return ran.error();
    QList<Segment> segments;
    while (query.next()) {
        segments.append(Segment{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString(),
                                query.value(4).toInt()});
    }
    return segments;
}

Status SegmentRepository::insert(const Segment& segment)
{
    Query insert(m_db, QStringLiteral("INSERT INTO segments (key, name_en, name_zh, colour, "
                                      "position) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(segment.key).bind(segment.nameEn).bind(segment.nameZh).bind(segment.colour);
    insert.bind(segment.position);
    return insert.exec();
}

Result<int> SegmentRepository::addMissing(const QList<Segment>& segments)
{
    Result<QList<Segment>> existing = all();
    if (!existing)
        return existing.error();
    QSet<QString> keys;
    int position = 0;
    for (const Segment& s : *existing) {
        keys.insert(s.key);
        position = std::max(position, s.position + 1);
    }
    int added = 0;
    for (Segment s : segments) {
        if (keys.contains(s.key))
            continue;
        s.position = position++;
        if (Status done = insert(s); !done)
            return done.error();
        keys.insert(s.key);
        ++added;
    }
    return added;
}

} // namespace tollgate
