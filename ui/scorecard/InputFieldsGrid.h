#pragma once

#include "scorecard/InputFields.h"

#include <QMap>
#include <QWidget>

namespace tollgate
{

class NumberField;

// A grid of labelled number fields (the market inputs, the cost-model inputs), `columns`
// label/field pairs per row.
class InputFieldsGrid : public QWidget
{
    Q_OBJECT
public:
    InputFieldsGrid(const QList<InputField>& fields, int columns, QWidget* parent = nullptr);

    NumberField* field(const QString& key) const { return m_fields.value(key); }
    QList<NumberField*> fields() const { return m_ordered; }

    // Shows the scorecard's values. With keepTyping, a field whose stored value did not change
    // keeps what is typed in it (a bad value stays marked); otherwise every field is reset.
    void setValues(const Scorecard& scorecard, bool keepTyping);
    // Writes the good values currently typed into `scorecard`; returns false if any field is
    // marked bad (its stored value is left as it was).
    bool readCurrentValues(Scorecard& scorecard) const;
    bool hasErrors() const;
    void setReadOnly(bool readOnly);
    void setChinese(bool chinese);

signals:
    void committed(const QString& key, std::optional<double> value);
    void edited();

private:
    QMap<QString, NumberField*> m_fields;
    QList<NumberField*> m_ordered;
};

} // namespace tollgate
