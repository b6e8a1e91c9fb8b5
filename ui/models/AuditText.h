#pragma once

#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QString>

namespace tollgate
{

// An audit entry as the history tab reads it, in the UI language. The log stores the keys of
// the exchange formats ("stage", "M3.score", "agenda-item", "imported", "screening"), which stay
// the same whoever wrote them; here they become names ("阶段", "M3 · 评分", "议题", "导入",
// "初筛"). A key without a name here is shown as stored.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // What changed: the field alone for the project itself, else whose field it was
    // ("评分卡 #12 · M3 · 评分").
    static QString what(const AuditEntry& entry);

    // An old or new value: stage, decision, meeting status, confidence and yes/no by name.
    static QString value(const AuditEntry& entry, const QString& stored);

private:
    static QString entityName(const QString& entity);
    static QString fieldPart(const QString& part);
};

} // namespace tollgate
