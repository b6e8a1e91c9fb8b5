#include "scorecard/AggregateView.h"

#include "core/Clock.h"
#include "scorecard/AggregateModel.h"
#include "scorecard/EvaluationBanner.h"
#include "scoring/ProjectEvaluation.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tollgate
{

AggregateView::AggregateView(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_banner(new EvaluationBanner(this)),
      m_model(new AggregateModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("aggregateView"));
    m_caption->setObjectName(QStringLiteral("aggregateCaption"));
    m_caption->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("aggregateBanner"));

    m_table->setObjectName(QStringLiteral("aggregateTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Scores by analyst"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
}

void AggregateView::setProject(const Template& t, const Project& project,
                               const QList<Scorecard>& scorecards, bool chinese)
{
    const ProjectEvaluation pe = evaluateProject(t, project, scorecards, Clock::currentYear());
    const QList<Scorecard> latest = latestPerAnalyst(scorecards);
    m_model->setAggregate(t, latest, pe.evaluation, chinese);
    m_banner->setEvaluation(pe.evaluation, t, chinese);
    if (latest.isEmpty())
        m_caption->setText(tr("No analyst has scored this project yet."));
    else if (latest.size() == 1)
        m_caption->setText(tr("The project's standing from its one analyst's latest scorecard."));
    else
        m_caption->setText(tr("The project's standing: the mean of the latest scorecards of %1 "
                              "analysts. A spread of 2 or more is a disagreement.")
                               .arg(latest.size()));
}

} // namespace tollgate
