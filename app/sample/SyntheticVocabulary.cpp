#include "sample/SyntheticVocabulary.h"

namespace tollgate
{

namespace
{

QStringList words(std::initializer_list<const char16_t*> list)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(list.size()));
    for (const char16_t* w : list)
        out.append(QString::fromUtf16(w));
    return out;
}

// One row per segment, in the order of defaultSegments(). Fields: key, weight, market bias,
// cost bias, incumbent chance, price range, descriptions, tag sets, Chinese and English name
// suffixes.
QList<SegmentProfile> segmentProfiles()
{
    // A table of long Chinese texts reads best with its strings unbroken.
    // clang-format off
    return {
        {QStringLiteral("sensors"), 16, 3.3, 3.0, 0.0, 8, 400,
         words({
             u"面向机器人灵巧手的柔性触觉传感器阵列，可同时感知压觉与滑觉；具身智能最缺的就是真实世界交互数据，关键在于成本能否做到足够便宜。",
             u"车规与机器视觉用CMOS图像传感器，主打高动态范围和近红外灵敏度，客户为Tier 1与工业相机厂商。",
             u"MEMS惯性与压力传感器，用于可穿戴和陪伴机器人；市场分散，要看能否收敛到一个通用、可规模化的产品。",
             u"基于事件相机原理的低功耗视觉传感芯片，面向端侧AI采集数据，以合理成本高效、低功耗地收集数据。",
         }),
         {words({u"触觉", u"具身智能"}), words({u"图像传感器", u"车规"}), words({u"MEMS", u"IoT"}),
          words({u"端侧AI", u"低功耗"})},
         words({u"传感", u"感知", u"科技", u"微电子"}),
         words({u"Sense", u"Link", u"Vision", u"Touch"})},
        {QStringLiteral("equipment-parts"), 13, 3.1, 3.2, 0.0, 2000, 300000,
         words({
             u"刻蚀腔体用高纯陶瓷与石英零部件，按工艺节点细分，已进入两家12寸晶圆厂的导入认证。",
             u"半导体设备用精密射频电源与匹配器，海外供应受出口管制影响，国内设备厂有明确的替代需求。",
             u"真空阀门与干泵关键部件，现有供应商几乎都在海外；成本取决于精密加工良率。",
             u"静电吸盘（ESC）的设计与再生服务，先以翻新切入产线，再做新品替换。",
         }),
         {words({u"刻蚀", u"零部件"}), words({u"射频电源", u"出口管制"}),
          words({u"真空", u"零部件"}), words({u"静电吸盘", u"翻新"})},
         words({u"精密", u"科技", u"装备", u"智造"}),
         words({u"Precision", u"Parts", u"Vac", u"Tek"})},
        {QStringLiteral("materials"), 12, 3.1, 2.9, 0.0, 50, 20000,
         words({
             u"KrF与ArF光刻胶及配套树脂单体，本质性影响工艺性能，认证周期长但客户粘性极强。",
             u"CMP抛光液与抛光垫，针对先进逻辑与存储的新工艺要求，已在一家存储厂小批量供货。",
             u"电子特气与前驱体，关键原料依赖进口，正在建设第二来源。",
             u"碳化硅衬底与外延片，跟随功率器件上量，成本取决于长晶良率。",
         }),
         {words({u"光刻胶", u"KrF"}), words({u"CMP", u"存储"}), words({u"电子特气", u"前驱体"}),
          words({u"碳化硅", u"功率"})},
         words({u"材料", u"新材", u"化学", u"科技"}),
         words({u"Materials", u"Chem", u"Resist", u"Wafer"})},
        {QStringLiteral("equipment"), 10, 3.0, 2.6, 0.0, 500000, 30000000,
         words({
             u"键合环节超声扫描检测设备，市场不大但已面临海外出口管制，国内封测厂需要自己的方案。",
             u"面向成熟制程的介质刻蚀机，不同节点与材质背后有大量细分know-how。",
             u"晶圆表面缺陷光学检测与量测设备，前置投资导入期长，需在产线上逐站验证。",
             u"先进封装用激光解键合与划片设备，跟随Chiplet与HBM扩产。",
         }),
         {words({u"超声检测", u"出口管制"}), words({u"刻蚀", u"成熟制程"}),
          words({u"量测", u"检测"}), words({u"先进封装", u"激光"})},
         words({u"装备", u"半导体", u"科技", u"仪器"}),
         words({u"Systems", u"Inspect", u"Etch", u"Tools"})},
        {QStringLiteral("compute-chips"), 9, 3.3, 2.1, 0.3, 500, 80000,
         words({
             u"通用GPU，对标海外龙头；对手在通用GPU上占有90%以上市场，芯片是规模效应的行业，很难在市场化语境下跑出来。",
             u"面向MoE推理的AI加速卡，卖给云服务厂商与运营商，也做信创算力中心项目。",
             u"面向自动驾驶的车载AI SoC，客户是少数几家主机厂，需要大规模使用的客户才能摊薄研发。",
             u"端侧推理NPU IP与芯片，面向AI PC和一体机。",
         }),
         {words({u"GPU", u"信创"}), words({u"推理", u"云服务"}), words({u"自动驾驶", u"SoC"}),
          words({u"NPU", u"端侧AI"})},
         words({u"算力", u"智算", u"科技", u"半导体"}),
         words({u"Compute", u"Core", u"Logic", u"AI"})},
        {QStringLiteral("chip-design"), 11, 2.5, 3.1, 0.0, 0.3, 30,
         words({
             u"消费类电源管理芯片，赛道拥挤，营收主要来自2021年缺货时期的供应链扭曲红利。",
             u"低功耗蓝牙与Wi-Fi IoT SoC，产品线多而分散，正在收敛到一个平台。",
             u"高精度ADC与信号链模拟芯片，进入工控与医疗客户，认证周期一到两年。",
             u"面向陪伴机器人的MPU，算力要求不高，消费级市场有一些海外巨头不做的机会。",
         }),
         {words({u"电源管理", u"国产替代"}), words({u"IoT", u"无线"}), words({u"模拟", u"信号链"}),
          words({u"MPU", u"陪伴机器人"})},
         words({u"微电子", u"芯片", u"半导体", u"科技"}),
         words({u"Micro", u"Semi", u"Power", u"Chip"})},
        {QStringLiteral("eda-ip"), 6, 2.7, 3.0, 0.0, 50000, 3000000,
         words({
             u"面向先进封装与Chiplet的多物理场仿真EDA，客户是封测厂与设计公司。",
             u"高速SerDes与D2D接口IP授权，按项目收费加量产提成。",
             u"数字后端布局布线点工具，出口限制放开后面对海外三巨头重新进入的竞争。",
         }),
         {words({u"EDA", u"仿真"}), words({u"IP", u"SerDes"}), words({u"EDA", u"后端"})},
         words({u"软件", u"科技", u"芯科", u"微电子"}),
         words({u"EDA", u"IP", u"Logic", u"Design"})},
        {QStringLiteral("packaging-test"), 7, 2.6, 3.0, 0.0, 0.5, 200,
         words({
             u"2.5D/3D先进封装代工，跟随AI芯片的Chiplet需求，资本开支大。",
             u"车规芯片测试服务与测试座，客户集中在功率与MCU厂商。",
             u"晶圆级封装与扇出型封装，面向射频与传感器客户。",
         }),
         {words({u"先进封装", u"Chiplet"}), words({u"测试", u"车规"}),
          words({u"晶圆级封装", u"射频"})},
         words({u"封测", u"科技", u"半导体", u"电子"}),
         words({u"Pack", u"Test", u"Semi", u"Tek"})},
        {QStringLiteral("optical-computing"), 5, 3.0, 1.9, 0.0, 2000, 200000,
         words({
             u"硅光矩阵运算芯片，不是国产替代而是与海外竞争者齐头并进；难点在于量产良率与封装成本。",
             u"光电共封装（CPO）光引擎，面向超节点内部互联。",
             u"面向推理的光学神经网络加速器，仍处于样机阶段。",
         }),
         {words({u"光计算", u"硅光"}), words({u"CPO", u"超节点"}), words({u"光计算", u"推理"})},
         words({u"光子", u"光电", u"光芯", u"科技"}),
         words({u"Photonics", u"Photon", u"Lumen", u"Optix"})},
        {QStringLiteral("smart-terminals"), 11, 3.2, 3.2, 0.0, 100, 8000,
         words({
             u"AI陪伴机器人整机，采用MPU方案，算力要求不大，先在有限边界的场景里落地。",
             u"AI眼镜与可穿戴终端，整合摄像头、麦克风阵列与端侧模型。",
             u"DeepSeek一体机与边缘推理盒子，面向中小企业私有化部署。",
             u"面向工厂巡检的四足机器人，形态服务于场景，不一定是人形。",
         }),
         {words({u"陪伴机器人", u"AI硬件"}), words({u"AI眼镜", u"可穿戴"}),
          words({u"一体机", u"边缘推理"}), words({u"机器人", u"工业"})},
         words({u"智能", u"机器人", u"科技", u"智造"}),
         words({u"Robotics", u"Mate", u"Edge", u"Wear"})},
    };
    // clang-format on
}

} // namespace

const SyntheticVocabulary& syntheticVocabulary()
{
    static const SyntheticVocabulary vocabulary = [] {
        SyntheticVocabulary v;
        v.segments = segmentProfiles();
        for (const SegmentProfile& s : v.segments)
            v.segmentWeightTotal += s.weight;
        v.nameSyllablesZh = words(
            {u"芯", u"微", u"晶", u"睿", u"华", u"联", u"源", u"创", u"光", u"智", u"感", u"拓",
             u"纳", u"海", u"恒", u"博", u"精", u"锐", u"航", u"启", u"鸿", u"衡", u"迈", u"峰",
             u"汇", u"承", u"跃", u"维", u"宇", u"致", u"新", u"越", u"凌", u"深", u"瀚", u"泰",
             u"和", u"云", u"星", u"极", u"灵", u"矽", u"迅", u"达", u"昇", u"璟", u"澜", u"清",
             u"弘", u"昆", u"嘉", u"钧", u"立", u"曜", u"觉", u"触", u"量", u"磐", u"朗", u"沐"});
        v.namePrefixesEn =
            words({u"Nova", u"Sil",   u"Tacti", u"Opti", u"Quanta", u"Lumi", u"Vertex", u"Argo",
                   u"Heli", u"Cirra", u"Mira",  u"Aero", u"Syn",    u"Poly", u"Terra",  u"Astra",
                   u"Kine", u"Volta", u"Neura", u"Zeni", u"Orbi",   u"Pana", u"Crys",   u"Veri"});
        v.cities = words({u"上海", u"深圳", u"北京", u"苏州", u"无锡", u"合肥", u"南京",
                          u"杭州", u"成都", u"西安", u"武汉", u"广州", u"厦门", u"宁波",
                          u"珠海", u"长沙", u"青岛", u"天津", u"重庆", u"绍兴"});
        v.analysts = words({u"陈思远", u"林晓", u"周明哲", u"许嘉禾", u"赵一凡"});
        v.exitRoutes = {QStringLiteral("STAR"), QStringLiteral("HKEX"), QStringLiteral("A+H"),
                        QStringLiteral("M&A")};
        v.exitRouteWeights = {40, 20, 12, 28};
        for (const int w : v.exitRouteWeights)
            v.exitRouteWeightTotal += w;
        v.rounds = {QStringLiteral("Angel"), QStringLiteral("Pre-A"),  QStringLiteral("A"),
                    QStringLiteral("A+"),    QStringLiteral("B"),      QStringLiteral("B+"),
                    QStringLiteral("C"),     QStringLiteral("Pre-IPO")};
        return v;
    }();
    return vocabulary;
}

} // namespace tollgate
