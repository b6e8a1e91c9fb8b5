#pragma once

#include "core/Result.h"
#include "domain/Segment.h"

#include <QList>

namespace tollgate
{

class Database;

// The segments table: the chip-chain positions projects are filed under.
class SegmentRepository
{
public:
    explicit SegmentRepository(Database& db) : m_db(db) {}

    Result<QList<Segment>> all(); // in display order
    Status insert(const Segment& segment);
    // Adds the segments whose keys the database does not have yet, after the existing ones;
    // known keys keep the database's names and colours. Returns how many were added.
    Result<int> addMissing(const QList<Segment>& segments);

private:
    Database& m_db;
};

} // namespace tollgate
