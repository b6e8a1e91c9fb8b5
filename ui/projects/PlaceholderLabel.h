#pragma once

#include <QString>

class QLabel;

namespace tollgate
{

// A centred, greyed sentence standing in for a page or a tab that has nothing to show yet.
QLabel* placeholderLabel(const QString& text);

} // namespace tollgate
