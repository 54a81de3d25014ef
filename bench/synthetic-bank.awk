# Writes a synthetic bank of N questions (awk -v n=10000 -f synthetic-bank.awk > bank.csv):
# levels, topics and every type, with realistic lengths, some inline code and some code blocks,
# so that the benchmark exercises the same paths as a real bank. Deterministic: no randomness.
BEGIN {
    if (n == "") n = 10000
    split("fresher,experienced,expert", levels, ",")
    split("orm,views,templates,urls,forms,admin,security,caching,signals,middleware,deployment,testing", topics, ",")
    split("mcq,mcq,mcq,mcq,mcq,multi,truefalse,fill,short,long", types, ",")
    print "id,level,topic,type,question,option_a,option_b,option_c,option_d,option_e,answer,marks,explanation,difficulty,tags"
    for (i = 1; i <= n; i++) {
        level = levels[(i % 3) + 1]
        topic = topics[(int(i / 3) % 12) + 1]
        type = types[(i % 10) + 1]
        id = sprintf("SY-%06d", i)
        stem = "Question " i " about " topic ": which statement about `feature_" i "` holds when the " level " reads the documentation carefully and checks each case?"
        if (i % 7 == 0) {
            stem = "\"What does this code print (item " i ")?\n```\ndef handler_" i "(request):\n    total = sum(range(" i "))\n    return HttpResponse(str(total))\n```\""
        } else {
            stem = "\"" stem "\""
        }
        a = ""; b = ""; c = ""; d = ""; e = ""; answer = ""; marks = 1
        if (type == "mcq") {
            a = "\"The first option for item " i ", plausible and of similar length\""
            b = "\"The second option for item " i ", also plausible and similar\""
            c = "\"The third option for item " i ", written in the same style\""
            d = "\"The fourth option for item " i ", neither longer nor shorter\""
            answer = substr("ABCD", (i % 4) + 1, 1)
        } else if (type == "multi") {
            a = "\"Option one of " i "\""; b = "\"Option two of " i "\""; c = "\"Option three of " i "\""
            d = "\"Option four of " i "\""; e = "\"Option five of " i "\""
            answer = "A;C"; marks = 2
        } else if (type == "truefalse") {
            stem = "\"Statement " i ": the " topic " layer validates its input before saving.\""
            answer = (i % 2 == 0) ? "true" : "false"
        } else if (type == "fill") {
            stem = "\"In item " i ", the setting ___ controls the " topic " behaviour.\""
            answer = "SETTING_" i
        } else {
            answer = "\"A model answer for item " i " with two points.\nFirst point.\nSecond point.\""
            marks = (type == "short") ? 3 : 8
        }
        printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%s,%d,%s\n", id, level, topic, type, stem, a, b, c, d, e, answer, marks, \
            "\"Because item " i " says so in its own words.\"", (i % 5) + 1, "synthetic;" topic
    }
}
