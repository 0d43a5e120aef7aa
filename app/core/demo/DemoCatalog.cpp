#include "DemoCatalog.h"

namespace gme::demo {
namespace {

// Counties as "05曲江区" tokens; a leading '*' marks a city-centre district.
City city(const char16_t *code, const char16_t *name, const char16_t *office, const char16_t *counties)
{
    City c;
    c.code = QString::fromUtf16(code);
    c.name = QString::fromUtf16(name);
    c.healthOffice = QString::fromUtf16(office);
    const QStringList tokens = QString::fromUtf16(counties).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString t : tokens) {
        County county;
        if (t.startsWith(QLatin1Char('*'))) {
            county.urban = true;
            t.remove(0, 1);
        }
        county.code = c.code + t.left(2);
        county.name = t.mid(2);
        c.counties.append(county);
    }
    return c;
}

QStringList words(const char16_t *text) { return QString::fromUtf16(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

// One character per entry, from a string of characters.
QStringList chars(const char16_t *text)
{
    QStringList out;
    const QString s = QString::fromUtf16(text);
    for (QChar c : s)
        out.append(QString(c));
    return out;
}

} // namespace

QString provinceName() { return QStringLiteral(u"广东省"); }
QString provinceOffice() { return QStringLiteral(u"广东省卫生健康委员会 科教处"); }
QString schoolAuthorityName() { return QStringLiteral(u"省属高校主管部门"); }
QString schoolAuthorityOffice() { return QStringLiteral(u"省属高校主管部门 医学教育处"); }

const QList<City> &cities()
{
    static const QList<City> list{
        city(u"4401", u"广州市", u"广州市卫生健康委员会 科教处",
             u"*03荔湾区 *04越秀区 *05海珠区 *06天河区 17从化区 18增城区 11白云区 12黄埔区 13番禺区 14花都区 15南沙区"),
        city(u"4403", u"深圳市", u"深圳市卫生健康委员会 科教处",
             u"*03罗湖区 *04福田区 *05南山区 06宝安区 07龙岗区 08盐田区 09龙华区 10坪山区 11光明区"),
        city(u"4404", u"珠海市", u"珠海市卫生健康局 科教科", u"*02香洲区 03斗门区 04金湾区"),
        city(u"4405", u"汕头市", u"汕头市卫生健康局 科教科",
             u"*07龙湖区 *11金平区 12濠江区 13潮阳区 14潮南区 15澄海区 23南澳县"),
        city(u"4406", u"佛山市", u"佛山市卫生健康局 科教科", u"*04禅城区 05南海区 06顺德区 07三水区 08高明区"),
        city(u"4402", u"韶关市", u"韶关市卫生健康局 科教科",
             u"*03武江区 04浈江区 05曲江区 22始兴县 24仁化县 29翁源县 32乳源瑶族自治县 33新丰县 81乐昌市 82南雄市"),
        city(u"4416", u"河源市", u"河源市卫生健康局 科教科", u"*02源城区 21紫金县 22龙川县 23连平县 24和平县 25东源县"),
        city(u"4414", u"梅州市", u"梅州市卫生健康局 科教科",
             u"*02梅江区 03梅县区 22大埔县 23丰顺县 24五华县 26平远县 27蕉岭县 81兴宁市"),
        city(u"4413", u"惠州市", u"惠州市卫生健康局 科教科", u"*02惠城区 03惠阳区 22博罗县 23惠东县 24龙门县"),
        city(u"4415", u"汕尾市", u"汕尾市卫生健康局 科教科", u"*02城区 21海丰县 23陆河县 81陆丰市"),
        city(u"4419", u"东莞市", u"东莞市卫生健康局 科教科", u"*00东莞市"),
        city(u"4420", u"中山市", u"中山市卫生健康局 科教科", u"*00中山市"),
        city(u"4407", u"江门市", u"江门市卫生健康局 科教科",
             u"*03蓬江区 04江海区 05新会区 81台山市 83开平市 84鹤山市 85恩平市"),
        city(u"4417", u"阳江市", u"阳江市卫生健康局 科教科", u"*02江城区 04阳东区 21阳西县 81阳春市"),
        city(u"4408", u"湛江市", u"湛江市卫生健康局 科教科",
             u"*02赤坎区 *03霞山区 04坡头区 11麻章区 23遂溪县 25徐闻县 81廉江市 82雷州市 83吴川市"),
        city(u"4409", u"茂名市", u"茂名市卫生健康局 科教科", u"*02茂南区 04电白区 81高州市 82化州市 83信宜市"),
        city(u"4412", u"肇庆市", u"肇庆市卫生健康局 科教科",
             u"*02端州区 03鼎湖区 04高要区 23广宁县 24怀集县 25封开县 26德庆县 84四会市"),
        city(u"4418", u"清远市", u"清远市卫生健康局 科教科",
             u"*02清城区 03清新区 21佛冈县 23阳山县 25连山壮族瑶族自治县 26连南瑶族自治县 81英德市 82连州市"),
        city(u"4451", u"潮州市", u"潮州市卫生健康局 科教科", u"*02湘桥区 03潮安区 22饶平县"),
        city(u"4452", u"揭阳市", u"揭阳市卫生健康局 科教科", u"*02榕城区 03揭东区 22揭西县 24惠来县 81普宁市"),
        city(u"4453", u"云浮市", u"云浮市卫生健康局 科教科", u"*02云城区 03云安区 21新兴县 22郁南县 81罗定市"),
    };
    return list;
}

const City &cityByCode(const QString &code)
{
    for (const City &c : cities())
        if (c.code == code)
            return c;
    return cities().front();
}

const QList<BaseSeed> &residentBaseSeeds()
{
    // The first one is the demo's "base1": it must be under 广州市 and get many trainees.
    static const QList<BaseSeed> list{
        {QStringLiteral(u"广州市第一人民医院"), QStringLiteral("4401"), false, 8, true},
        {QStringLiteral(u"广东省人民医院"), QStringLiteral("4401"), false, 4, true},
        {QStringLiteral(u"广州市红十字会医院"), QStringLiteral("4401"), false, 2, true},
        {QStringLiteral(u"广州市妇女儿童医疗中心"), QStringLiteral("4401"), false, 2, true},
        {QStringLiteral(u"广东省第二人民医院"), QStringLiteral("4401"), false, 2, true},
        {QStringLiteral(u"广州市番禺区中心医院"), QStringLiteral("4401"), false, 1, true},
        {QStringLiteral(u"中山大学附属第一医院"), QStringLiteral("4401"), true, 4, true},
        {QStringLiteral(u"中山大学孙逸仙纪念医院"), QStringLiteral("4401"), true, 3, true},
        {QStringLiteral(u"中山大学附属第三医院"), QStringLiteral("4401"), true, 3, true},
        {QStringLiteral(u"中山大学附属第六医院"), QStringLiteral("4401"), true, 1, true},
        {QStringLiteral(u"中山大学附属口腔医院"), QStringLiteral("4401"), true, 1, true},
        {QStringLiteral(u"南方医科大学南方医院"), QStringLiteral("4401"), true, 3, true},
        {QStringLiteral(u"南方医科大学珠江医院"), QStringLiteral("4401"), true, 2, true},
        {QStringLiteral(u"广州医科大学附属第一医院"), QStringLiteral("4401"), true, 3, true},
        {QStringLiteral(u"广州医科大学附属第二医院"), QStringLiteral("4401"), true, 2, true},
        {QStringLiteral(u"暨南大学附属第一医院"), QStringLiteral("4401"), true, 2, true},
        {QStringLiteral(u"中山大学附属第五医院"), QStringLiteral("4404"), true, 2, true},
        {QStringLiteral(u"南方医科大学顺德医院"), QStringLiteral("4406"), true, 1, true},
        {QStringLiteral(u"汕头大学医学院第一附属医院"), QStringLiteral("4405"), true, 2, true},
        {QStringLiteral(u"广东医科大学附属医院"), QStringLiteral("4408"), true, 2, true},
        {QStringLiteral(u"深圳市人民医院"), QStringLiteral("4403"), false, 3, true},
        {QStringLiteral(u"北京大学深圳医院"), QStringLiteral("4403"), false, 2, true},
        {QStringLiteral(u"香港大学深圳医院"), QStringLiteral("4403"), false, 2, true},
        {QStringLiteral(u"深圳市第二人民医院"), QStringLiteral("4403"), false, 2, true},
        {QStringLiteral(u"珠海市人民医院"), QStringLiteral("4404"), false, 2, true},
        {QStringLiteral(u"汕头市中心医院"), QStringLiteral("4405"), false, 2, true},
        {QStringLiteral(u"佛山市第一人民医院"), QStringLiteral("4406"), false, 3, true},
        {QStringLiteral(u"粤北人民医院"), QStringLiteral("4402"), false, 2, true},
        {QStringLiteral(u"河源市人民医院"), QStringLiteral("4416"), false, 1, true},
        {QStringLiteral(u"梅州市人民医院"), QStringLiteral("4414"), false, 2, true},
        {QStringLiteral(u"惠州市中心人民医院"), QStringLiteral("4413"), false, 2, true},
        {QStringLiteral(u"汕尾市人民医院"), QStringLiteral("4415"), false, 1, true},
        {QStringLiteral(u"东莞市人民医院"), QStringLiteral("4419"), false, 2, true},
        {QStringLiteral(u"中山市人民医院"), QStringLiteral("4420"), false, 2, true},
        {QStringLiteral(u"江门市中心医院"), QStringLiteral("4407"), false, 2, true},
        {QStringLiteral(u"阳江市人民医院"), QStringLiteral("4417"), false, 1, true},
        {QStringLiteral(u"湛江中心人民医院"), QStringLiteral("4408"), false, 2, true},
        {QStringLiteral(u"茂名市人民医院"), QStringLiteral("4409"), false, 2, true},
        {QStringLiteral(u"肇庆市第一人民医院"), QStringLiteral("4412"), false, 1, true},
        {QStringLiteral(u"清远市人民医院"), QStringLiteral("4418"), false, 1, true},
        {QStringLiteral(u"潮州市中心医院"), QStringLiteral("4451"), false, 1, true},
        {QStringLiteral(u"揭阳市人民医院"), QStringLiteral("4452"), false, 1, true},
        {QStringLiteral(u"云浮市人民医院"), QStringLiteral("4453"), false, 1, true},
    };
    return list;
}

const QList<BaseSeed> &extraGpBaseSeeds()
{
    static const QList<BaseSeed> list{
        {QStringLiteral(u"东莞市常平人民医院"), QStringLiteral("4419"), false, 1, true},
        {QStringLiteral(u"东莞市塘厦医院"), QStringLiteral("4419"), false, 1, true},
        {QStringLiteral(u"中山市小榄人民医院"), QStringLiteral("4420"), false, 1, true},
        {QStringLiteral(u"中山市坦洲医院"), QStringLiteral("4420"), false, 1, true},
        {QStringLiteral(u"乐昌市中医院"), QStringLiteral("4402"), false, 1, true},
        {QStringLiteral(u"兴宁市中医医院"), QStringLiteral("4414"), false, 1, true},
        {QStringLiteral(u"高州市中医院"), QStringLiteral("4409"), false, 1, true},
        {QStringLiteral(u"罗定市中医院"), QStringLiteral("4453"), false, 1, true},
    };
    return list;
}

const QList<UnitSeed> &unitSeeds()
{
    static const QList<UnitSeed> list{
        {QStringLiteral(u"广州市越秀区洪桥街社区卫生服务中心"), QStringLiteral(u"广州市第一人民医院")},
        {QStringLiteral(u"广州市荔湾区人民医院"), QStringLiteral(u"广州市第一人民医院")},
        {QStringLiteral(u"广州市天河区石牌街社区卫生服务中心"), QStringLiteral(u"中山大学附属第一医院")},
        {QStringLiteral(u"深圳市罗湖区东门街道社区健康服务中心"), QStringLiteral(u"深圳市人民医院")},
        {QStringLiteral(u"佛山市禅城区石湾镇街道社区卫生服务中心"), QStringLiteral(u"佛山市第一人民医院")},
        {QStringLiteral(u"韶关市武江区西河镇卫生院"), QStringLiteral(u"粤北人民医院")},
    };
    return list;
}

const QList<SpecialtySeed> &specialtySeeds()
{
    using enum Track;
    static const QList<SpecialtySeed> list{
        {QStringLiteral("0100"), QStringLiteral(u"内科"), Resident, 16},
        {QStringLiteral("0200"), QStringLiteral(u"儿科"), Resident, 7},
        {QStringLiteral("0300"), QStringLiteral(u"急诊科"), Resident, 3},
        {QStringLiteral("0400"), QStringLiteral(u"皮肤科"), Resident, 1},
        {QStringLiteral("0500"), QStringLiteral(u"精神科"), Resident, 2},
        {QStringLiteral("0600"), QStringLiteral(u"神经内科"), Resident, 3},
        {QStringLiteral("0700"), QStringLiteral(u"全科"), Resident, 10},
        {QStringLiteral("0800"), QStringLiteral(u"康复医学科"), Resident, 2},
        {QStringLiteral("0900"), QStringLiteral(u"外科"), Resident, 9},
        {QStringLiteral("1000"), QStringLiteral(u"外科（神经外科方向）"), Resident, 1},
        {QStringLiteral("1100"), QStringLiteral(u"外科（胸心外科方向）"), Resident, 1},
        {QStringLiteral("1200"), QStringLiteral(u"外科（泌尿外科方向）"), Resident, 1},
        {QStringLiteral("1300"), QStringLiteral(u"外科（整形外科方向）"), Resident, 1},
        {QStringLiteral("1400"), QStringLiteral(u"骨科"), Resident, 4},
        {QStringLiteral("1500"), QStringLiteral(u"儿外科"), Resident, 1},
        {QStringLiteral("1600"), QStringLiteral(u"妇产科"), Resident, 6},
        {QStringLiteral("1700"), QStringLiteral(u"眼科"), Resident, 2},
        {QStringLiteral("1800"), QStringLiteral(u"耳鼻咽喉科"), Resident, 2},
        {QStringLiteral("1900"), QStringLiteral(u"麻醉科"), Resident, 5},
        {QStringLiteral("2000"), QStringLiteral(u"临床病理科"), Resident, 1},
        {QStringLiteral("2100"), QStringLiteral(u"检验医学科"), Resident, 1},
        {QStringLiteral("2200"), QStringLiteral(u"放射科"), Resident, 3},
        {QStringLiteral("2300"), QStringLiteral(u"超声医学科"), Resident, 2},
        {QStringLiteral("2400"), QStringLiteral(u"核医学科"), Resident, 1},
        {QStringLiteral("2500"), QStringLiteral(u"放射肿瘤科"), Resident, 1},
        {QStringLiteral("2600"), QStringLiteral(u"医学遗传科"), Resident, 1},
        {QStringLiteral("2700"), QStringLiteral(u"预防医学科"), Resident, 1},
        {QStringLiteral("2800"), QStringLiteral(u"口腔全科"), Resident, 2},
        {QStringLiteral("2900"), QStringLiteral(u"口腔内科"), Resident, 1},
        {QStringLiteral("3000"), QStringLiteral(u"口腔颌面外科"), Resident, 1},
        {QStringLiteral("3100"), QStringLiteral(u"口腔修复科"), Resident, 1},
        {QStringLiteral("3200"), QStringLiteral(u"口腔正畸科"), Resident, 1},
        {QStringLiteral("3300"), QStringLiteral(u"口腔病理科"), Resident, 1},
        {QStringLiteral("3400"), QStringLiteral(u"口腔颌面影像科"), Resident, 1},
        {QStringLiteral("9900"), QStringLiteral(u"助理全科"), AssistantGp, 1},
    };
    return list;
}

const QStringList &surnames()
{
    // Roughly by frequency in Guangdong; the generator favours the front of the list.
    static const QStringList list = chars(
        u"陈李黄张梁林刘吴罗杨郑谢何钟曾邓叶冯蔡许苏王朱周卢邱余彭温赖潘胡方徐郭欧廖江马杜严莫庄"
        u"袁汤邹沈丘翁麦孔谭姚戴蒋范程宋唐韩洪魏龙贺颜田傅肖高詹骆萧石朱孙董薛白侯崔");
    return list;
}

const QStringList &maleGivenChars()
{
    static const QStringList list = chars(u"伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙亮志峰东博晨锋彬铭坤森豪");
    return list;
}

const QStringList &femaleGivenChars()
{
    static const QStringList list = chars(u"芳娜敏静丽艳娟霞婷雪慧莹洁玲琳颖倩晶媛佳欣悦璐琪萍燕丹蕾薇怡婧楠岚妍瑶梅月诗");
    return list;
}

const QStringList &neutralGivenChars()
{
    static const QStringList list = chars(u"晓思雨子家嘉文海振国一天永少锦泽俊梓宏春秋明立建伟");
    return list;
}

const QStringList &minorityEthnicities()
{
    static const QStringList list = words(u"壮族 瑶族 畲族 回族 满族 土家族 苗族 蒙古族 黎族 侗族");
    return list;
}

const QStringList &universities()
{
    static const QStringList list = words(
        u"中山大学 南方医科大学 广州医科大学 暨南大学 汕头大学 广东医科大学 广州中医药大学 广东药科大学 "
        u"嘉应学院 华南理工大学 中南大学 四川大学 华中科技大学 南昌大学 广西医科大学 湖南中医药大学 "
        u"福建医科大学 遵义医科大学 桂林医学院 赣南医学院");
    return list;
}

const QStringList &juniorColleges()
{
    static const QStringList list = words(
        u"肇庆医学高等专科学校 广东江门中医药职业学院 惠州卫生职业技术学院 广州卫生职业技术学院 "
        u"揭阳职业技术学院 清远职业技术学院 汕头市卫生学校 梅州市卫生职业技术学校 "
        u"湛江中医学校 河源职业技术学院");
    return list;
}

const QStringList &personTypes()
{
    static const QStringList list = words(
        u"面向社会招收 本单位住院医师 外单位委托培养 全日制专业学位硕士研究生（并轨） 订单定向");
    return list;
}

QString orderedTrainingType() { return personTypes().at(4); }
QString mastersTrainingType() { return personTypes().at(3); }

QStringList rejectReasons(Stage stage, Track track)
{
    switch (stage) {
    case Stage::BaseReview:
        if (track == Track::Resident)
            return words(u"轮转培训计划未完成 过程考核不合格 未取得执业医师资格 培训时间不足，不符合报考条件 "
                         u"出科考核记录不全");
        return words(u"轮转培训计划未完成 过程考核不合格 培训时间不足，不符合报考条件 出科考核记录不全");
    case Stage::CityReview:
        return words(u"培训年限不足，减免材料不予认可 不符合报考条件 执业资格材料不符合要求 报名信息与在培登记信息不符");
    case Stage::FinalReview:
        return words(u"不在上报的在培人员信息中 重复报名 执业医师资格证书信息核验不通过");
    case Stage::Registration:
        break;
    }
    return {};
}

QStringList returnReasons(Stage stage)
{
    switch (stage) {
    case Stage::BaseReview:
        return words(u"过程考核登记表扫描件不清晰，请重新上传 报名信息有误，请核对后重新提交 缺少培训年限减免佐证材料 "
                     u"照片不符合要求，请上传白底二寸证件照");
    case Stage::CityReview:
        return words(u"缺少培训年限减免佐证材料 报名信息有误，请核对后重新提交 医师资格证书扫描件缺页，请补充上传");
    case Stage::FinalReview:
        return words(u"证件号码与证件扫描件不一致，请核对 培训起止时间填写有误，请核对后重新提交");
    case Stage::Registration:
        break;
    }
    return {};
}

} // namespace gme::demo
