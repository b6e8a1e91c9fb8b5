#pragma once

#include "models/ProjectColumns.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tollgate
{

// Above the project table: the instant search and the stage, verdict and analyst filters.
// The segment comes from the segment tree, so query() leaves it empty.
class ProjectFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectFilterBar(QWidget* parent = nullptr);

    ProjectQuery query() const;
    // Shows a saved query in the widgets (its segment is the tree's business); one
    // queryChanged follows.
    void setQuery(const ProjectQuery& query);
    void setAnalysts(const QStringList& analysts); // keeps the chosen one if still there
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void queryChanged();
    void saveRequested(); // "Save filter…"

private:
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_verdict;
    QComboBox* m_analyst;
    QCheckBox* m_archived;
    bool m_applying = false;
};

} // namespace tollgate
