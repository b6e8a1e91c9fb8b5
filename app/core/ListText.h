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
    // The items of a message joined by join(), in either language.
    static QStringList split(const QString& text);
};

} // namespace tollgate
