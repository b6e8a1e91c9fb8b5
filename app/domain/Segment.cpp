#include "domain/Segment.h"

namespace tollgate {

QList<Segment> defaultSegments()
{
    // Colours: distinct hues that stay apart on a white chart and for common colour blindness.
    return {
        {QStringLiteral("sensors"), QStringLiteral("Sensors (image, tactile, MEMS)"),
         QStringLiteral("传感器"), QStringLiteral("#1f77b4"), 0},
        {QStringLiteral("equipment-parts"), QStringLiteral("Equipment key parts"),
         QStringLiteral("设备关键零部件"), QStringLiteral("#ff7f0e"), 1},
        {QStringLiteral("materials"), QStringLiteral("Materials"), QStringLiteral("材料"),
         QStringLiteral("#2ca02c"), 2},
        {QStringLiteral("equipment"), QStringLiteral("Equipment (etch, inspection, metrology)"),
         QStringLiteral("设备"), QStringLiteral("#d62728"), 3},
        {QStringLiteral("compute-chips"), QStringLiteral("Compute chips (GPU, ASIC, AI accelerators)"),
         QStringLiteral("算力芯片"), QStringLiteral("#9467bd"), 4},
        {QStringLiteral("chip-design"), QStringLiteral("Chip design (analog, power, IoT)"),
         QStringLiteral("芯片设计"), QStringLiteral("#8c564b"), 5},
        {QStringLiteral("eda-ip"), QStringLiteral("EDA & IP"), QStringLiteral("EDA与IP"),
         QStringLiteral("#e377c2"), 6},
        {QStringLiteral("packaging-test"), QStringLiteral("Packaging & test"),
         QStringLiteral("封测"), QStringLiteral("#7f7f7f"), 7},
        {QStringLiteral("optical-computing"), QStringLiteral("Optical computing"),
         QStringLiteral("光计算"), QStringLiteral("#bcbd22"), 8},
        {QStringLiteral("smart-terminals"), QStringLiteral("Smart terminals"),
         QStringLiteral("智能终端"), QStringLiteral("#17becf"), 9},
    };
}

} // namespace tollgate
