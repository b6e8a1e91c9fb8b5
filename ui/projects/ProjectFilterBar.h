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
    void setAnalysts(const QStringList& analysts); // keeps the chosen one if still there
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void queryChanged();

private:
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_verdict;
    QComboBox* m_analyst;
    QCheckBox* m_archived;
};

} // namespace tollgate
