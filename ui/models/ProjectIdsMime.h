#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace tollgate
{

// Projects carried by drag and drop (from the project table onto a meeting's agenda): their
// ids in a private MIME type, so a drop elsewhere cannot mistake them for text.
QString projectIdsMimeType();
QMimeData* projectIdsMimeData(const QList<qint64>& ids);     // the caller (Qt's drag) owns it
QList<qint64> projectIdsFromMimeData(const QMimeData* data); // empty when it carries none

} // namespace tollgate
