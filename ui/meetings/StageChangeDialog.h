#pragma once

#include "domain/Stage.h"

#include <QDialog>

class QStandardItemModel;
class QListView;

namespace tollgate
{

// One stage change a meeting's decision calls for (domain/DecisionStage.h).
struct StageChange {
    qint64 projectId = 0;
    QString projectName;
    Stage from = Stage::Sourcing;
    Stage to = Stage::Sourcing;
};

// Asks which of the stage changes the meeting's decisions call for to apply: a checked list,
// all checked at first. Nothing moves unless the user confirms with "Apply".
class StageChangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StageChangeDialog(const QList<StageChange>& changes, QWidget* parent = nullptr);

    QList<StageChange> confirmed() const; // the checked ones
    QStandardItemModel* model() const { return m_model; }

private:
    QList<StageChange> m_changes;
    QStandardItemModel* m_model;
    QListView* m_list;
};

} // namespace tollgate
