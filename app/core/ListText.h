#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tollgate
{

// Several items in one sentence ("line 3: name is required; line 4: …"), separated as the
// language writes it: "; " in English, the full-width "；" in Chinese.
class ListText
{
    Q_DECLARE_TR_FUNCTIONS(ListText)
public:
    static QString join(const QStringList& items);
    // Names and short items ("周明哲、林晓"; "Zhou, Lin"): the enumeration comma in Chinese.
    static QString names(const QStringList& items);
    // The items of a message joined by join(), in either language.
    static QStringList split(const QString& text);
};

} // namespace tollgate
