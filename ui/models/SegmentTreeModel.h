#pragma once

#include "domain/Segment.h"
#include "models/SavedFilters.h"

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
    enum Role {
        SegmentKeyRole = Qt::UserRole + 1,
        CountRole,
        SavedFilterRole // index into savedFilters(), on the rows under "Saved filters"
    };

    explicit SegmentTreeModel(QObject* parent = nullptr);

    // Rebuilds the rows when the segments change; otherwise only updates the counts, so the
    // selection stays where it is.
    void refresh(const QList<Segment>& segments, const QHash<QString, int>& counts);

    QModelIndex indexOfKey(const QString& key) const; // "" is "All projects"

    // The second branch of the tree: the analyst's saved filters, by name.
    void setSavedFilters(const QList<SavedFilter>& filters);
    const QList<SavedFilter>& savedFilters() const { return m_saved; }
    QModelIndex indexOfSavedFilter(int index) const;

private:
    void rebuild(const QList<Segment>& segments);
    static QString label(const QString& name, int count);

    QList<Segment> m_segments;
    QList<SavedFilter> m_saved;
};

} // namespace tollgate
