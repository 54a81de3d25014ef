# Writes a synthetic bank of N multiple-choice questions in Hindi and Arabic, alternately
# (awk -v n=2000 -f synthetic-scripts-bank.awk > bank.csv), with inline code in each stem: the
# shaped, right-to-left counterpart of synthetic-bank.awk's MCQs. Deterministic: no randomness.
BEGIN {
    if (n == "") n = 2000
    split("orm,views,templates,urls,forms,admin", topics, ",")
    print "id,level,topic,type,question,option_a,option_b,option_c,option_d,answer,marks,explanation"
    for (i = 1; i <= n; i++) {
        topic = topics[(i % 6) + 1]
        id = sprintf("SC-%06d", i)
        if (i % 2 == 0) {
            stem = "प्रश्न " i " (" topic "): `feature_" i "` के बारे में कौन-सा कथन सही है जब विद्यार्थी दस्तावेज़ ध्यान से पढ़ता है और हर स्थिति की जाँच करता है?"
            a = "पहला विकल्प " i ", विश्वसनीय और समान लंबाई का"
            b = "दूसरा विकल्प " i ", यह भी विश्वसनीय और समान"
            c = "तीसरा विकल्प " i ", उसी शैली में लिखा हुआ"
            d = "चौथा विकल्प " i ", न लंबा न छोटा"
            explanation = "व्याख्या " i ": सही उत्तर दस्तावेज़ में दिए गए नियम से निकलता है।"
        } else {
            stem = "السؤال " i " عن " topic ": أي عبارة عن `feature_" i "` صحيحة عندما يقرأ الطالب التوثيق بعناية ويتحقق من كل حالة؟"
            a = "الخيار الأول للسؤال " i "، معقول وبطول مماثل"
            b = "الخيار الثاني للسؤال " i "، معقول أيضا ومماثل"
            c = "الخيار الثالث للسؤال " i "، مكتوب بالأسلوب نفسه"
            d = "الخيار الرابع للسؤال " i "، ليس أطول ولا أقصر"
            explanation = "الشرح " i ": الإجابة الصحيحة تأتي من القاعدة المذكورة في التوثيق."
        }
        printf "%s,all,%s,mcq,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",%s,1,\"%s\"\n", id, topic, stem, a, b, c, d, substr("ABCD", (i % 4) + 1, 1), explanation
    }
}
