#pragma once

#include "domain/Segment.h"

#include <QHash>
#include <QStandardItemModel>

namespace tollgate
{

// The segment tree on the left of the main window: "All projects" with the segments under it,
// each with its colour and the number of projects in it. Selecting a row filters the table by
// the key in SegmentKeyRole (empty for "All projects").
class SegmentTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { SegmentKeyRole = Qt::UserRole + 1, CountRole };

    explicit SegmentTreeModel(QObject* parent = nullptr);

    // Rebuilds the rows when the segments change; otherwise only updates the counts, so the
    // selection stays where it is.
    void refresh(const QList<Segment>& segments, const QHash<QString, int>& counts);

    QModelIndex indexOfKey(const QString& key) const; // "" is "All projects"

private:
    void rebuild(const QList<Segment>& segments);
    static QString label(const QString& name, int count);

    QList<Segment> m_segments;
};

} // namespace tollgate
