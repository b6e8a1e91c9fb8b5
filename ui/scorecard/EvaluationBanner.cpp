#include "scorecard/EvaluationBanner.h"

#include "charts/VerdictStyle.h"
#include "scoring/OutcomeText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace tollgate
{

namespace
{

QLabel* scoreLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// "M 66.7" with the figure larger than its name.
QString scoreHtml(const QString& name, const QString& value, const QString& gateNote)
{
    QString html = QStringLiteral("<span style='font-size:small'>%1</span><br>"
                                  "<span style='font-size:x-large; font-weight:600'>%2</span>")
                       .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    if (!gateNote.isEmpty())
        html += QStringLiteral(" <span style='font-size:small'>%1</span>")
                    .arg(gateNote.toHtmlEscaped());
    return html;
}

} // namespace

QString formatQuestionScore(std::optional<double> score)
{
    if (!score)
        return QStringLiteral("—");
    return QLocale().toString(*score, 'f', 1);
}

EvaluationBanner::EvaluationBanner(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_verdict(new QLabel(this)),
      m_market(scoreLabel(QStringLiteral("marketScoreLabel"), this)),
      m_cost(scoreLabel(QStringLiteral("costScoreLabel"), this)),
      m_composite(scoreLabel(QStringLiteral("compositeScoreLabel"), this)),
      m_flags(new QLabel(this))
{
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_caption->setTextFormat(Qt::PlainText); // may name an analyst
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->hide();
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(150);
    m_verdict->setMinimumHeight(44);
    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::RichText);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(18);
    layout->addWidget(m_caption, 0, 0, 1, 5);
    layout->addWidget(m_verdict, 1, 0);
    layout->addWidget(m_market, 1, 1);
    layout->addWidget(m_cost, 1, 2);
    layout->addWidget(m_composite, 1, 3);
    layout->setColumnStretch(4, 1);
    layout->addWidget(m_flags, 2, 0, 1, 5);
}

void EvaluationBanner::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void EvaluationBanner::setEvaluation(const Evaluation& e, const Template& t, bool chinese)
{
    const QColor colour = verdictTextColour(e.verdict);
    const QString name = verdictDisplayName(e.verdict, chinese);
    m_verdict->setText(name);
    m_verdict->setToolTip(verdictExplanation(e.verdict));
    m_verdict->setAccessibleName(tr("Verdict: %1").arg(name));
    m_verdict->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                            "font-size: 15pt; font-weight: bold; "
                                            "border-radius: 6px; padding: 6px 14px; }")
                                 .arg(colour.name()));
    m_verdict->setProperty("verdict", verdictKey(e.verdict));

    const QLocale locale;
    m_market->setText(scoreHtml(tr("Market (M)"), formatQuestionScore(e.market),
                                tr("gate %1").arg(locale.toString(t.marketGate))));
    m_cost->setText(scoreHtml(tr("Cost (C)"), formatQuestionScore(e.cost),
                              tr("gate %1").arg(locale.toString(t.costGate))));
    m_composite->setText(
        scoreHtml(tr("Composite √(M×C)"), formatQuestionScore(e.composite), QString()));
    m_market->setAccessibleName(tr("Market score %1").arg(formatQuestionScore(e.market)));
    m_cost->setAccessibleName(tr("Cost score %1").arg(formatQuestionScore(e.cost)));
    m_composite->setAccessibleName(tr("Composite %1").arg(formatQuestionScore(e.composite)));

    QStringList lines;
    for (const QString& key : e.knockouts) {
        const Criterion* c = t.criterion(key);
        const QString name = c ? c->displayName(chinese) : key;
        lines.append(QStringLiteral("<b style='color:#c62828'>%1</b> %2")
                         .arg(tr("Knock-out:").toHtmlEscaped(),
                              tr("%1 %2 scored 0, which declines the project.")
                                  .arg(key, name)
                                  .toHtmlEscaped()));
    }
    for (const QString& flag : e.redFlags)
        lines.append(QStringLiteral("<b style='color:#c62828'>⚑</b> %1")
                         .arg(redFlagReason(flag).toHtmlEscaped()));
    if (lines.isEmpty())
        lines.append(QStringLiteral("<span style='color:#2e7d32'>%1</span>")
                         .arg(tr("No knock-outs or red flags.").toHtmlEscaped()));
    m_flags->setText(lines.join(QStringLiteral("<br>")));
    m_flags->setProperty("knockouts", e.knockouts);
    m_flags->setProperty("redFlags", e.redFlags);
}

} // namespace tollgate
