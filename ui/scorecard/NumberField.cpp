#include "scorecard/NumberField.h"

#include "scorecard/NumberText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace tollgate
{

namespace
{

// Marked the way Qt's own styles mark focus: a border, so it reads in light and dark themes.
const QString kErrorStyle = QStringLiteral("QLineEdit { border: 2px solid #c62828; }");

} // namespace

NumberField::NumberField(InputField field, QWidget* parent)
    : QWidget(parent), m_field(std::move(field)), m_edit(new QLineEdit(this)),
      m_unit(new QLabel(this)), m_message(new QLabel(this))
{
    m_edit->setObjectName(m_field.key + QStringLiteral("LineEdit"));
    m_edit->setPlaceholderText(m_field.placeholder);
    m_edit->setAccessibleName(m_field.label);
    m_edit->setClearButtonEnabled(false);
    m_edit->setMinimumWidth(70);
    m_unit->setText(m_field.unit);
    m_unit->setObjectName(m_field.key + QStringLiteral("UnitLabel"));
    m_unit->setMinimumWidth(0);
    m_unit->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(m_field.key + QStringLiteral("MessageLabel"));
    m_message->setTextFormat(Qt::PlainText); // a message may quote what was typed
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_unit, 0, 1);
    layout->addWidget(m_message, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &NumberField::onTextChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, &NumberField::onEditingFinished);
}

void NumberField::setValue(std::optional<double> value)
{
    m_committed = value;
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(value ? formatNumberText(*value) : QString());
    showError(QString());
    updateHint(value);
}

std::optional<std::optional<double>> NumberField::currentValue() const
{
    Result<std::optional<double>> parsed = parseNumberText(m_edit->text(), m_field.key);
    if (!parsed.ok())
        return std::nullopt;
    if (*parsed && !checkInputField(m_field, **parsed).ok())
        return std::nullopt;
    return *parsed;
}

void NumberField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void NumberField::setUnitWidth(int width)
{
    m_unit->setFixedWidth(width);
}

int NumberField::unitTextWidth() const
{
    return m_unit->fontMetrics().horizontalAdvance(m_unit->text());
}

void NumberField::setChinese(bool chinese)
{
    m_chinese = chinese;
    updateHint(m_committed);
}

void NumberField::onTextChanged()
{
    Result<std::optional<double>> parsed = parseNumberText(m_edit->text(), m_field.key);
    if (!parsed.ok()) {
        showError(parsed.error().message);
    } else if (*parsed) {
        const Status check = checkInputField(m_field, **parsed);
        showError(check.ok() ? QString() : check.error().message);
        updateHint(**parsed);
    } else {
        showError(QString());
        updateHint(std::nullopt);
    }
    emit edited();
}

void NumberField::onEditingFinished()
{
    if (m_edit->isReadOnly())
        return;
    const std::optional<std::optional<double>> value = currentValue();
    if (!value)
        return; // the mark stays; nothing is stored
    if (*value == m_committed)
        return;
    m_committed = *value;
    emit committed(m_field.key, *value);
}

void NumberField::showError(const QString& reason)
{
    m_errorText = reason;
    m_edit->setStyleSheet(reason.isEmpty() ? QString() : kErrorStyle);
    m_edit->setToolTip(reason);
    m_edit->setAccessibleDescription(reason);
    if (reason.isEmpty()) {
        if (!m_field.isAmount)
            m_message->hide();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setText(reason);
    m_message->show();
}

void NumberField::updateHint(std::optional<double> value)
{
    // For money amounts the line under the field reads the number back in 亿 / bn, which
    // catches a missing or extra zero before it is stored.
    if (!m_field.isAmount || hasError())
        return;
    const QString hint = value ? describeAmountCny(*value, m_chinese) : QString();
    m_message->setStyleSheet(QString());
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setText(hint);
    m_message->setVisible(!hint.isEmpty());
}

} // namespace tollgate
