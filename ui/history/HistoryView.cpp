#include "history/HistoryView.h"

#include "models/HistoryModel.h"
#include "session/Session.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace tollgate
{

HistoryView::HistoryView(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new HistoryModel(this)), m_table(new QTableView)
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Project history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(HistoryModel::Time, 130);
    m_table->horizontalHeader()->resizeSection(HistoryModel::Field, 130);
    m_table->horizontalHeader()->resizeSection(HistoryModel::OldValue, 160);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);

    connect(session, &Session::projectChanged, this, [this](qint64 id) {
        if (id == m_projectId)
            reload();
    });
}

void HistoryView::setProject(qint64 projectId)
{
    m_projectId = projectId;
    reload();
}

void HistoryView::reload()
{
    if (m_projectId == 0) {
        m_model->setEntries({});
        return;
    }
    const auto entries = m_session->portfolio().history(m_projectId);
    m_model->setEntries(entries ? *entries : QList<AuditEntry>());
}

} // namespace tollgate
