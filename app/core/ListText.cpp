#include "core/ListText.h"

#include <QRegularExpression>

namespace tollgate
{

QString ListText::join(const QStringList& items)
{
    //: between the items of a list in one sentence; Chinese uses the full-width semicolon
    return items.join(tr("; "));
}

QString ListText::names(const QStringList& items)
{
    //: between names or short items of a list; Chinese uses the enumeration comma
    return items.join(tr(", "));
}

QStringList ListText::split(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("; |；"));
    return text.split(separator, Qt::SkipEmptyParts);
}

} // namespace tollgate
