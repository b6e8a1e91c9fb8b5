#include "scorecard/InputFieldsGrid.h"

#include "scorecard/NumberField.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace tollgate
{

InputFieldsGrid::InputFieldsGrid(const QList<InputField>& fields, int columns, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(6);
    for (int i = 0; i < fields.size(); ++i) {
        auto* numberField = new NumberField(fields[i], this);
        auto* label = new QLabel(fields[i].label, this);
        label->setBuddy(numberField->lineEdit());
        label->setWordWrap(true);
        const int row = i / columns;
        const int column = (i % columns) * 2;
        layout->addWidget(label, row, column, Qt::AlignTop | Qt::AlignLeft);
        layout->addWidget(numberField, row, column + 1, Qt::AlignTop);
        layout->setColumnStretch(column + 1, 1);
        m_fields.insert(fields[i].key, numberField);
        m_ordered.append(numberField);
        connect(numberField, &NumberField::committed, this, &InputFieldsGrid::committed);
        connect(numberField, &NumberField::edited, this, &InputFieldsGrid::edited);
    }
    int unitWidth = 0;
    for (NumberField* f : std::as_const(m_ordered))
        unitWidth = std::max(unitWidth, f->unitTextWidth());
    for (NumberField* f : std::as_const(m_ordered))
        f->setUnitWidth(unitWidth + 4);
}

void InputFieldsGrid::setValues(const Scorecard& scorecard, bool keepTyping)
{
    for (NumberField* f : std::as_const(m_ordered)) {
        const std::optional<double> stored = f->field().read(scorecard);
        if (keepTyping && stored == f->committedValue())
            continue;
        f->setValue(stored);
    }
}

bool InputFieldsGrid::readCurrentValues(Scorecard& scorecard) const
{
    bool allGood = true;
    for (NumberField* f : m_ordered) {
        const std::optional<std::optional<double>> value = f->currentValue();
        if (!value) {
            allGood = false;
            continue;
        }
        f->field().write(scorecard, *value);
    }
    return allGood;
}

bool InputFieldsGrid::hasErrors() const
{
    for (NumberField* f : m_ordered)
        if (f->hasError())
            return true;
    return false;
}

void InputFieldsGrid::setReadOnly(bool readOnly)
{
    for (NumberField* f : std::as_const(m_ordered))
        f->setReadOnly(readOnly);
}

void InputFieldsGrid::setChinese(bool chinese)
{
    for (NumberField* f : std::as_const(m_ordered))
        f->setChinese(chinese);
}

} // namespace tollgate
