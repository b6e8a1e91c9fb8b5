#include "projects/ProjectFieldsForm.h"
#include "domain/ExitRoute.h"

#include "commands/ProjectCommands.h"
#include "models/DisplayNames.h"
#include "projects/MoneyText.h"
#include "projects/ProjectFieldParsing.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace tollgate
{

namespace
{
const QString Name = QStringLiteral("name");
const QString SegmentField = QStringLiteral("segment");
const QString StageField = QStringLiteral("stage");
const QString Round = QStringLiteral("round");
const QString Valuation = QStringLiteral("valuation_cny");
const QString Ask = QStringLiteral("ask_cny");
const QString City = QStringLiteral("city");
const QString Founded = QStringLiteral("founded_year");
const QString Description = QStringLiteral("description");
const QString Tags = QStringLiteral("tags");
const QString LeadAnalyst = QStringLiteral("lead_analyst");
const QString ExitRouteField = QStringLiteral("exit_route");
const QString ExpectedExit = QStringLiteral("expected_exit_year");
const QString FundEnd = QStringLiteral("fund_end_year");

const QString Dominant = QStringLiteral("dominant_incumbent");

QString numberText(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

QString numberText(const std::optional<int>& v)
{
    return v ? QString::number(*v) : QString();
}

QStringList splitTags(const QString& text)
{
    QStringList tags;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[;；]")));
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    return tags;
}

// Sets a line edit's text only when the stored value changed, so what the analyst is typing
// in another field survives a reload after an edit elsewhere.
void refresh(QLineEdit* edit, const QString& oldText, const QString& newText, bool force)
{
    if (force || oldText != newText)
        edit->setText(newText);
}
} // namespace

ProjectFieldsForm::ProjectFieldsForm(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(m_layout);
    outer->addStretch();

    m_name = addLine(Name, tr("&Name"), QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("中文名 English name"));

    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    addRow(SegmentField, tr("&Segment"), m_segment);
    connect(m_segment, &QComboBox::activated, this, [this] { commit(SegmentField); });

    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (int s = 0; s <= static_cast<int>(Stage::Exited); ++s)
        m_stage->addItem(DisplayNames::stage(static_cast<Stage>(s)), s);
    addRow(StageField, tr("S&tage"), m_stage);
    connect(m_stage, &QComboBox::activated, this, [this] { commit(StageField); });

    m_round = addLine(Round, tr("&Round"), QStringLiteral("roundEdit"));
    m_round->setPlaceholderText(tr("e.g. Pre-A, A, B+"));

    m_valuation = addLine(Valuation, tr("&Valuation (CNY)"), QStringLiteral("valuationEdit"));
    m_valuationHint = new QLabel;
    m_ask = addLine(Ask, tr("As&k (CNY)"), QStringLiteral("askEdit"));
    m_askHint = new QLabel;
    for (auto [edit, hint] :
         {std::pair{m_valuation, m_valuationHint}, std::pair{m_ask, m_askHint}}) {
        edit->setPlaceholderText(tr("whole CNY, or e.g. 1.2亿"));
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setMinimumWidth(
            hint->fontMetrics().horizontalAdvance(QStringLiteral("¥000,000,000,000")));
        // The hint sits beside the field: rebuild the field's cell as field + hint.
        auto* cell = new QWidget;
        auto* row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        const int index = m_layout->indexOf(edit);
        int layoutRow = 0;
        QFormLayout::ItemRole role;
        m_layout->getItemPosition(index, &layoutRow, &role);
        m_layout->removeWidget(edit);
        row->addWidget(edit, 1);
        row->addWidget(hint);
        m_layout->setWidget(layoutRow, QFormLayout::FieldRole, cell);
        connect(edit, &QLineEdit::textChanged, this, &ProjectFieldsForm::updateMoneyHints);
    }

    m_city = addLine(City, tr("C&ity"), QStringLiteral("cityEdit"));
    m_founded = addLine(Founded, tr("&Founded"), QStringLiteral("foundedEdit"));
    m_founded->setPlaceholderText(tr("year"));

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_description->installEventFilter(this);
    addRow(Description, tr("&Description"), m_description);

    m_tags = addLine(Tags, tr("T&ags"), QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("separated by ;"));
    m_leadAnalyst = addLine(LeadAnalyst, tr("&Lead analyst"), QStringLiteral("leadAnalystEdit"));
    m_analystCompleter = new QCompleter(new QStringListModel(this), this);
    m_analystCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_leadAnalyst->setCompleter(m_analystCompleter);

    m_exitRoute = new QComboBox;
    m_exitRoute->setObjectName(QStringLiteral("exitRouteCombo"));
    m_exitRoute->setEditable(true);
    m_exitRoute->addItem(QString());
    for (const auto& route : ExitRoute::offered())
        m_exitRoute->addItem(route.second);
    addRow(ExitRouteField, tr("E&xit route"), m_exitRoute);
    connect(m_exitRoute, &QComboBox::activated, this, [this] { commit(ExitRouteField); });
    connect(m_exitRoute->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(ExitRouteField); });

    m_expectedExit =
        addLine(ExpectedExit, tr("Expected e&xit year"), QStringLiteral("expectedExitEdit"));
    m_fundEnd = addLine(FundEnd, tr("F&und end year"), QStringLiteral("fundEndEdit"));

    m_dominant = new QCheckBox(tr("Head-on with a dominant incumbent (red flag)"));
    m_dominant->setObjectName(QStringLiteral("dominantCheck"));
    addRow(Dominant, QString(), m_dominant);
    connect(m_dominant, &QCheckBox::toggled, this, [this] { commit(Dominant); });
}

QLineEdit* ProjectFieldsForm::addLine(const QString& field, const QString& label,
                                      const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    addRow(field, label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    return edit;
}

void ProjectFieldsForm::addRow(const QString& field, const QString& label, QWidget* editor)
{
    QString accessible = label;
    editor->setAccessibleName(accessible.remove(QLatin1Char('&')));
    m_layout->addRow(label, editor);
    auto* error = new QLabel;
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    error->setTextFormat(Qt::PlainText); // a message may quote what was typed
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    m_layout->addRow(QString(), error);
    m_editors.insert(field, editor);
    m_errorLabels.insert(field, error);
}

void ProjectFieldsForm::setSegments(const QList<Segment>& segments)
{
    const QString current = m_segment->currentData().toString();
    m_segment->clear();
    for (const Segment& s : segments) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(s.colour));
        m_segment->addItem(QIcon(swatch), s.displayName(DisplayNames::chineseUi()), s.key);
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(current)));
}

void ProjectFieldsForm::setAnalysts(const QStringList& analysts)
{
    static_cast<QStringListModel*>(m_analystCompleter->model())->setStringList(analysts);
}

void ProjectFieldsForm::setProject(const Project& p, bool discardTyping)
{
    const bool other = discardTyping || p.id != m_loaded.id || p.id == 0;
    const Project old = m_loaded;
    m_loaded = p;
    const QSignalBlocker blockDominant(m_dominant);
    refresh(m_name, old.name, p.name, other);
    int segment = m_segment->findData(p.segmentKey);
    if (segment < 0 && !p.segmentKey.isEmpty()) {
        m_segment->addItem(p.segmentKey, p.segmentKey); // a key the segment list lacks
        segment = m_segment->count() - 1;
    }
    m_segment->setCurrentIndex(segment);
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(p.stage)));
    refresh(m_round, old.round, p.round, other);
    refresh(m_valuation, numberText(old.valuationCny), numberText(p.valuationCny), other);
    refresh(m_ask, numberText(old.askCny), numberText(p.askCny), other);
    refresh(m_city, old.city, p.city, other);
    refresh(m_founded, numberText(old.foundedYear), numberText(p.foundedYear), other);
    if (other || old.description != p.description)
        m_description->setPlainText(p.description);
    const QString separator = QStringLiteral("; ");
    refresh(m_tags, old.tags.join(separator), p.tags.join(separator), other);
    refresh(m_leadAnalyst, old.leadAnalyst, p.leadAnalyst, other);
    if (other || old.exitRoute != p.exitRoute)
        m_exitRoute->setCurrentText(ExitRoute::shown(p.exitRoute));
    refresh(m_expectedExit, numberText(old.expectedExitYear), numberText(p.expectedExitYear),
            other);
    refresh(m_fundEnd, numberText(old.fundEndYear), numberText(p.fundEndYear), other);
    m_dominant->setChecked(p.dominantIncumbent);
    if (other)
        for (const QString& field : m_errorLabels.keys())
            markError(field, QString());
    updateMoneyHints();
}

Project ProjectFieldsForm::typedProject(QList<Error>* problems)
{
    Project p = m_loaded;
    QList<Error> found;
    auto take = [&](const auto& result, auto& target) {
        if (result) {
            target = *result;
            return;
        }
        found.append(result.error());
    };

    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        found.append(Error::at(Name, tr("A project needs a name.")));
    else
        p.name = name;
    p.segmentKey = m_segment->currentData().toString();
    p.stage = static_cast<Stage>(m_stage->currentData().toInt());
    p.round = m_round->text().trimmed();
    take(ProjectFieldParsing::money(m_valuation->text(), Valuation), p.valuationCny);
    take(ProjectFieldParsing::money(m_ask->text(), Ask), p.askCny);
    p.city = m_city->text().trimmed();
    take(ProjectFieldParsing::year(m_founded->text(), Founded), p.foundedYear);
    p.description = m_description->toPlainText().trimmed();
    p.tags = splitTags(m_tags->text());
    p.leadAnalyst = m_leadAnalyst->text().trimmed();
    p.exitRoute = ExitRoute::stored(m_exitRoute->currentText().trimmed());
    take(ProjectFieldParsing::year(m_expectedExit->text(), ExpectedExit), p.expectedExitYear);
    take(ProjectFieldParsing::year(m_fundEnd->text(), FundEnd), p.fundEndYear);
    p.dominantIncumbent = m_dominant->isChecked();

    // Years that must not come before the founding: the later field carries the mark.
    if (p.foundedYear) {
        if (p.expectedExitYear && *p.expectedExitYear < *p.foundedYear) {
            found.append(Error::at(
                ExpectedExit,
                tr("The expected exit cannot come before the founding (%1).").arg(*p.foundedYear)));
            p.expectedExitYear = m_loaded.expectedExitYear;
        }
        if (p.fundEndYear && *p.fundEndYear < *p.foundedYear) {
            found.append(Error::at(
                FundEnd,
                tr("The fund's end cannot come before the founding (%1).").arg(*p.foundedYear)));
            p.fundEndYear = m_loaded.fundEndYear;
        }
    }

    for (const QString& field : m_errorLabels.keys())
        markError(field, QString());
    for (const Error& e : found)
        markError(e.field, e.message);
    if (problems)
        *problems = found;
    return p;
}

QString ProjectFieldsForm::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProjectFieldsForm::commit(const QString& field)
{
    const Project p = typedProject();
    if (!sameProjectContent(p, m_loaded))
        emit edited(p, field);
}

void ProjectFieldsForm::markError(const QString& field, const QString& message)
{
    QLabel* label = m_errorLabels.value(field);
    QWidget* editor = m_editors.value(field);
    if (!label || !editor)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    editor->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("border: 1px solid #c62828;"));
    editor->setToolTip(message);
}

void ProjectFieldsForm::updateMoneyHints()
{
    const CurrencyDisplay display = AppSettings::currencyDisplay();
    for (auto [edit, hint] :
         {std::pair{m_valuation, m_valuationHint}, std::pair{m_ask, m_askHint}}) {
        const auto value = ProjectFieldParsing::money(edit->text(), QString());
        hint->setText(value && *value ? MoneyText::format(**value, display) : QString());
    }
}

bool ProjectFieldsForm::eventFilter(QObject* watched, QEvent* event)
{
    // A multi-line field has no editingFinished: leaving it commits it.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit(Description);
    return QWidget::eventFilter(watched, event);
}

} // namespace tollgate
