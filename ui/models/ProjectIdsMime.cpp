#include "models/ProjectIdsMime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace tollgate
{

QString projectIdsMimeType()
{
    return QStringLiteral("application/x-tollgate-project-ids");
}

QMimeData* projectIdsMimeData(const QList<qint64>& ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto* data = new QMimeData;
    data->setData(projectIdsMimeType(), bytes);
    return data;
}

QList<qint64> projectIdsFromMimeData(const QMimeData* data)
{
    if (!data || !data->hasFormat(projectIdsMimeType()))
        return {};
    QList<qint64> ids;
    QDataStream in(data->data(projectIdsMimeType()));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace tollgate
