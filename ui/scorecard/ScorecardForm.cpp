#include "scorecard/ScorecardForm.h"

#include "charts/CostCurveChartBuilder.h"
#include "core/Clock.h"
#include "scorecard/CriterionEditor.h"
#include "scorecard/EvaluationBanner.h"
#include "scorecard/InputFieldsGrid.h"
#include "scorecard/NumberField.h"
#include "scorecard/NumberText.h"
#include "scorecard/ScorecardContent.h"
#include "scoring/ProjectEvaluation.h"

#include <QChartView>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{

QString confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::Unset:
        return ScorecardForm::tr("not set");
    case Confidence::Low:
        return ScorecardForm::tr("low");
    case Confidence::Medium:
        return ScorecardForm::tr("medium");
    case Confidence::High:
        return ScorecardForm::tr("high");
    }
    return {};
}

// A question's title, larger than the criteria under it.
QLabel* questionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    return label;
}

// A quote from the interview under each question's title, in its own words.
QLabel* questionSubtitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

constexpr int kSideBySideWidth = 820;

std::optional<double> fundYearsLeft(const Project& project)
{
    if (!project.fundEndYear)
        return std::nullopt;
    return static_cast<double>(*project.fundEndYear - Clock::currentYear());
}

} // namespace

ScorecardForm::ScorecardForm(QWidget* parent)
    : QWidget(parent), m_chinese(QLocale().language() == QLocale::Chinese),
      m_banner(new EvaluationBanner(this)), m_incumbent(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("scorecardForm"));
    m_incumbent->setObjectName(QStringLiteral("incumbentLabel"));
    m_incumbent->setWordWrap(true);
    m_incumbent->setForegroundRole(QPalette::PlaceholderText);

    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("scorecardFormContent"));
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(buildMarketGroup());
    contentLayout->addWidget(buildCostGroup());
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the form, which scrolls along
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("scorecardFormHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 8, 10, 8);
    headerLayout->addWidget(m_banner);
    headerLayout->addWidget(m_incumbent);
    header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(header);
    layout->addWidget(m_scroll, 1);
}

ScorecardForm::~ScorecardForm()
{
    // Destroying a shown form takes focus from its fields, which would commit into a form
    // that is half gone: stop listening first.
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children)
        child->disconnect(this);
}

QGroupBox* ScorecardForm::buildMarketGroup()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("marketGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(questionHeading(tr("Question 1 — Is the market big enough?"), group));
    layout->addWidget(questionSubtitle(
        QStringLiteral("市场空间是否足够大 — ") +
            tr("how big a market, who pays and how many, why buy, how much room to pay"),
        group));

    auto* inputs = new QGroupBox(tr("Market inputs"), group);
    inputs->setObjectName(QStringLiteral("marketInputsGroup"));
    m_marketInputs = new InputFieldsGrid(marketInputFields(), 2, inputs);
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_marketInputs);
    layout->addWidget(inputs);

    m_marketCriteria = new QVBoxLayout;
    m_marketCriteria->setSpacing(6);
    layout->addLayout(m_marketCriteria);

    connect(m_marketInputs, &InputFieldsGrid::edited, this, &ScorecardForm::refresh);
    connect(m_marketInputs, &InputFieldsGrid::committed, this, &ScorecardForm::handInput);
    return group;
}

QGroupBox* ScorecardForm::buildCostGroup()
{
    auto* group = new QGroupBox(this);
    group->setObjectName(QStringLiteral("costGroup"));
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(
        questionHeading(tr("Question 2 — Can cost reach a profitable level in time?"), group));
    layout->addWidget(questionSubtitle(
        QStringLiteral("成本能否在可见的时间内降到可盈利水平 — ") +
            tr("unit economics, cost-down path, time to profitable cost, capital, supply chain"),
        group));

    auto* inputs = new QGroupBox(tr("Cost model (experience curve)"), group);
    inputs->setObjectName(QStringLiteral("costInputsGroup"));
    m_costInputs = new InputFieldsGrid(costInputFields(), 1, inputs);
    m_chartView = new QChartView(inputs);
    m_chartView->setObjectName(QStringLiteral("costCurveChartView"));
    m_chartView->setAccessibleName(tr("Cost curve"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(300, 280);
    m_chartView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_years = new QLabel(inputs);
    m_years->setObjectName(QStringLiteral("yearsToProfitableCostLabel"));
    m_years->setWordWrap(true);
    QFont yearsFont = m_years->font();
    yearsFont.setBold(true);
    m_years->setFont(yearsFont);

    auto* right = new QVBoxLayout;
    right->addWidget(m_years);
    right->addWidget(m_chartView, 1);
    m_costLayout = new QBoxLayout(QBoxLayout::LeftToRight, inputs);
    m_costLayout->addWidget(m_costInputs, 2);
    m_costLayout->addLayout(right, 3);
    layout->addWidget(inputs);

    m_costCriteria = new QVBoxLayout;
    m_costCriteria->setSpacing(6);
    layout->addLayout(m_costCriteria);

    connect(m_costInputs, &InputFieldsGrid::edited, this, &ScorecardForm::refresh);
    connect(m_costInputs, &InputFieldsGrid::committed, this, &ScorecardForm::handInput);
    return group;
}

void ScorecardForm::handInput(const QString& key, std::optional<double> value)
{
    const InputField& field = inputField(key)->field();
    Scorecard after = m_committed;
    field.write(after, value);
    hand(after, tr("Change %1").arg(field.label));
}

NumberField* ScorecardForm::inputField(const QString& key) const
{
    if (NumberField* f = m_marketInputs->field(key))
        return f;
    return m_costInputs->field(key);
}

void ScorecardForm::setTemplate(const Template& scoringTemplate)
{
    clearCriteria();
    m_template = scoringTemplate;
    for (const Criterion& c : m_template.criteria) {
        auto* editor = new CriterionEditor(c, this);
        editor->setChinese(m_chinese);
        editor->setReadOnly(m_readOnly);
        (c.question == Question::Market ? m_marketCriteria : m_costCriteria)->addWidget(editor);
        m_editors.insert(c.key, editor);
        connect(editor, &CriterionEditor::scoreChosen, this,
                [this](const QString& key, std::optional<int> score) {
                    Scorecard after = m_committed;
                    after.entries[key].score = score;
                    hand(after, score ? tr("Score %1: %2").arg(key).arg(*score)
                                      : tr("Clear the score of %1").arg(key));
                });
        connect(editor, &CriterionEditor::evidenceCommitted, this,
                [this](const QString& key, const QString& text, int visit) {
                    Scorecard after = m_committed;
                    after.entries[key].evidence = text;
                    hand(after, tr("Evidence for %1").arg(key),
                         QStringLiteral("%1.evidence#%2").arg(key).arg(visit));
                });
        connect(editor, &CriterionEditor::confidenceChosen, this,
                [this](const QString& key, Confidence confidence) {
                    Scorecard after = m_committed;
                    after.entries[key].confidence = confidence;
                    hand(after, tr("Confidence of %1: %2").arg(key, confidenceName(confidence)));
                });
    }
    setReadingTabOrder();
    showEntries();
    refresh();
}

void ScorecardForm::resizeEvent(QResizeEvent* event)
{
    // Side by side the fields and the curve need about 800 pixels; in a narrower detail pane
    // the curve goes under the fields rather than off the edge.
    const auto direction = event->size().width() >= kSideBySideWidth ? QBoxLayout::LeftToRight
                                                                     : QBoxLayout::TopToBottom;
    if (m_costLayout->direction() != direction)
        m_costLayout->setDirection(direction);
    QWidget::resizeEvent(event);
}

void ScorecardForm::setReadingTabOrder()
{
    // Tab follows the page as it reads: the market inputs, M1..M6, the cost inputs, C1..C6.
    // Editors are made after the input grids, so creation order alone would put the cost
    // inputs before M1.
    QList<QWidget*> order;
    const auto appendFocusable = [&order](QWidget* container) {
        const QList<QWidget*> children = container->findChildren<QWidget*>();
        for (QWidget* w : children)
            if (w->focusPolicy() != Qt::NoFocus)
                order.append(w);
    };
    appendFocusable(m_marketInputs);
    for (const Criterion& c : m_template.criteria)
        if (c.question == Question::Market)
            appendFocusable(m_editors.value(c.key));
    appendFocusable(m_costInputs);
    for (const Criterion& c : m_template.criteria)
        if (c.question == Question::Cost)
            appendFocusable(m_editors.value(c.key));
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ScorecardForm::clearCriteria()
{
    qDeleteAll(m_editors);
    m_editors.clear();
}

void ScorecardForm::setProject(const Project& project)
{
    if (project.fundEndYear != m_project.fundEndYear)
        m_chartShowsInputs = false; // the fund-end marker moved: draw the curve again
    m_project = project;
    m_incumbent->setText(
        project.dominantIncumbent
            ? tr("Head-on with a dominant incumbent: ticked on the project (a red flag).")
            : tr("Head-on with a dominant incumbent: not ticked (set it in the project's "
                 "details)."));
    refresh();
}

void ScorecardForm::setScorecard(const Scorecard& scorecard, bool keepTyping)
{
    const Scorecard previous = m_committed;
    m_committed = scorecard;
    m_marketInputs->setValues(scorecard, keepTyping);
    m_costInputs->setValues(scorecard, keepTyping);
    if (keepTyping) {
        for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
            const CriterionEntry now = scorecard.entries.value(it.key());
            const CriterionEntry before = previous.entries.value(it.key());
            if (now.score != before.score || now.evidence != before.evidence ||
                now.confidence != before.confidence)
                (*it)->setEntry(now);
        }
    } else {
        showEntries();
    }
    refresh();
}

void ScorecardForm::showEntries()
{
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it)
        (*it)->setEntry(m_committed.entries.value(it.key()));
}

void ScorecardForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (CriterionEditor* e : std::as_const(m_editors))
        e->setReadOnly(readOnly);
    m_marketInputs->setReadOnly(readOnly);
    m_costInputs->setReadOnly(readOnly);
}

void ScorecardForm::setChinese(bool chinese)
{
    m_chinese = chinese;
    for (CriterionEditor* e : std::as_const(m_editors))
        e->setChinese(chinese);
    m_marketInputs->setChinese(chinese);
    m_costInputs->setChinese(chinese);
    refresh();
}

void ScorecardForm::hand(const Scorecard& after, const QString& description,
                         const QString& mergeKey)
{
    if (m_readOnly || sameContent(after, m_committed))
        return;
    ScorecardEdit edit{m_committed, after, description, mergeKey};
    m_committed = after;
    refresh();
    emit edited(edit);
}

Scorecard ScorecardForm::preview() const
{
    Scorecard s = m_committed;
    m_marketInputs->readCurrentValues(s);
    m_costInputs->readCurrentValues(s);
    return s;
}

void ScorecardForm::refresh()
{
    const Scorecard current = preview();
    // The same rules as the project table and the memo: a project with this one scorecard.
    m_evaluation =
        evaluateProject(m_template, m_project, {current}, Clock::currentYear()).evaluation;
    m_banner->setEvaluation(m_evaluation, m_template, m_chinese);
    refreshSuggestions(current);
    refreshCostChart(current);
}

void ScorecardForm::refreshSuggestions(const Scorecard& current)
{
    if (CriterionEditor* m1 = m_editors.value(QStringLiteral("M1"))) {
        const auto it = m_evaluation.suggested.constFind(QStringLiteral("M1"));
        m1->setSuggestion(
            it == m_evaluation.suggested.constEnd() ? std::nullopt : std::optional<int>(*it),
            current.market.tamCny
                ? tr("from a TAM of %1")
                      .arg(describeAmountCny(*current.market.tamCny, m_chinese).isEmpty()
                               ? formatNumberText(*current.market.tamCny)
                               : describeAmountCny(*current.market.tamCny, m_chinese))
                : QString());
    }
    if (CriterionEditor* c3 = m_editors.value(QStringLiteral("C3"))) {
        const auto it = m_evaluation.suggested.constFind(QStringLiteral("C3"));
        QString reason;
        if (m_evaluation.costModelGiven) {
            reason = m_evaluation.yearsToProfitableCost
                         ? tr("profitable cost in %1 years")
                               .arg(QLocale().toString(*m_evaluation.yearsToProfitableCost, 'f', 2))
                         : tr("profitable cost not reached within the horizon");
        }
        c3->setSuggestion(it == m_evaluation.suggested.constEnd() ? std::nullopt
                                                                  : std::optional<int>(*it),
                          reason);
    }
}

void ScorecardForm::refreshCostChart(const Scorecard& current)
{
    if (m_chartShowsInputs && sameCostInputs(current.cost, m_chartInputs) &&
        !m_costInputs->hasErrors())
        return;

    CostCurveChartBuilder::Options options;
    options.compact = true;
    options.showTitle = false;
    options.fundYearsLeft = fundYearsLeft(m_project);

    QChart* chart = nullptr;
    m_chartShowsInputs = false;
    if (m_costInputs->hasErrors()) {
        m_years->setText(tr("Fix the marked field to run the cost model."));
        chart = CostCurveChartBuilder::placeholder(QString(), options);
    } else if (current.cost.isEmpty()) {
        m_years->setText(tr("Enter the cost inputs to see when cost reaches a profitable "
                            "level."));
        chart = CostCurveChartBuilder::placeholder(QString(), options);
    } else {
        Result<CostParams> params = validateCostInputs(current.cost);
        if (!params.ok()) {
            m_years->setText(params.error().message);
            chart = CostCurveChartBuilder::placeholder(QString(), options);
        } else {
            const std::optional<double> years = yearsToProfitableCost(*params);
            m_years->setText(
                years ? tr("Years to profitable cost: %1").arg(QLocale().toString(*years, 'f', 2))
                      : tr("Years to profitable cost: not within the %1-year "
                           "horizon")
                            .arg(QLocale().toString(params->horizonYears)));
            chart = CostCurveChartBuilder::build(*params, options);
            m_chartShowsInputs = true;
            m_chartInputs = current.cost;
        }
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    // The view gives up ownership of the chart it showed before.
    if (old && old != chart)
        delete old;
}

} // namespace tollgate
