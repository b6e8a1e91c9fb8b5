#include "projects/PlaceholderLabel.h"

#include <QLabel>

namespace tollgate
{

QLabel* placeholderLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace tollgate
