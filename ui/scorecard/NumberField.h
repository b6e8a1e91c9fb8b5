#pragma once

#include "scorecard/InputFields.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace tollgate
{

// One number input of the form: a line edit that checks what is typed as it is typed, marks a
// bad value at the field with the reason underneath, and hands on only good values. A bad value
// never leaves the field: the last good value stays the committed one.
class NumberField : public QWidget
{
    Q_OBJECT
public:
    explicit NumberField(InputField field, QWidget* parent = nullptr);

    const InputField& field() const { return m_field; }
    QLineEdit* lineEdit() const { return m_edit; }

    // Shows a stored value; clears any mark. Does not emit committed().
    void setValue(std::optional<double> value);
    // The value in the field if it is good (possibly "not given"), nullopt-of-nullopt otherwise.
    std::optional<std::optional<double>> currentValue() const;
    // The value last committed or loaded.
    std::optional<double> committedValue() const { return m_committed; }

    bool hasError() const { return !m_errorText.isEmpty(); }
    QString errorText() const { return m_errorText; }

    void setReadOnly(bool readOnly);
    // Gives the unit text a fixed width, so the fields of a grid line up whatever their units.
    void setUnitWidth(int width);
    int unitTextWidth() const;
    void setChinese(bool chinese);

signals:
    // A good value differing from the committed one, at Enter or when focus leaves.
    void committed(const QString& key, std::optional<double> value);
    // The text changed (good or bad): the form previews good values live.
    void edited();

private:
    void onTextChanged();
    void onEditingFinished();
    void showError(const QString& reason);
    void updateHint(std::optional<double> value);

    InputField m_field;
    QLineEdit* m_edit;
    QLabel* m_unit;
    QLabel* m_message;
    std::optional<double> m_committed;
    QString m_errorText;
    bool m_chinese = QLocale().language() == QLocale::Chinese; // amounts read back in 亿元
};

} // namespace tollgate
