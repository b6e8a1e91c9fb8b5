#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace tollgate
{

class ComparisonModel;

// The comparison on paper (A4 landscape): a "Confidential" header, the table with each row's
// best value in bold on green, and the overlaid radars. All user text is escaped, so a
// project named "<b>x</b>" prints those characters.
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
public:
    static QString html(const ComparisonModel& model);
    // The document with the radar image as its "radar" resource.
    static std::unique_ptr<QTextDocument> document(const ComparisonModel& model,
                                                   const QImage& radar);
    // Prints the document on a printer or a PDF writer.
    static void print(QTextDocument& document, QPagedPaintDevice* device);
    // A PDF written through QSaveFile: a failed write leaves any old file as it was.
    static Status savePdf(const ComparisonModel& model, const QImage& radar, const QString& path);
};

} // namespace tollgate
