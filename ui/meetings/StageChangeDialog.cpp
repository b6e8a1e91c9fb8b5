#include "meetings/StageChangeDialog.h"

#include "models/DisplayNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tollgate
{

StageChangeDialog::StageChangeDialog(const QList<StageChange>& changes, QWidget* parent)
    : QDialog(parent), m_changes(changes), m_model(new QStandardItemModel(this)),
      m_list(new QListView)
{
    setWindowTitle(tr("Move projects to their new stage"));
    for (const StageChange& change : changes) {
        //: a project's stage change: name, old stage, new stage
        auto* item =
            new QStandardItem(tr("%1: %2 → %3")
                                  .arg(change.projectName, DisplayNames::stage(change.from),
                                       DisplayNames::stage(change.to)));
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_list->setObjectName(QStringLiteral("stageChangesListView"));
    m_list->setModel(m_model);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The meeting's decisions move these projects. Apply the checked "
                                "changes?"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QList<StageChange> StageChangeDialog::confirmed() const
{
    QList<StageChange> checked;
    for (int row = 0; row < m_changes.size(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            checked << m_changes.at(row);
    }
    return checked;
}

} // namespace tollgate
