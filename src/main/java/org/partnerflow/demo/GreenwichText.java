package org.partnerflow.demo;

import org.partnerflow.casestudy.Draft;

/** The Greenwich case study's text, written afresh from the facts of the seed document (no sentence copied). */
final class GreenwichText {

    private GreenwichText() {
    }

    static Draft first() {
        return new Draft(
                """
                Organisations and residents who live, work and study in Greenwich have joined forces so that everyone \
                in the borough can get good health and care. Partners look honestly at where people's experience of \
                services differs most, and agree how each of them can help people stay well for longer.
                The group mixes people who have worked together for years with people who joined recently, which \
                keeps the conversation open to fresh ideas.""",
                """
                Working side by side through the pandemic built trust between agencies: partners became more open \
                about the pressures inside their own organisations, and that goodwill has lasted.
                Doctors, nurses and care professionals help shape the priority programmes, so residents are more \
                likely to get the right help at the right time.
                Community hubs gave voluntary groups a seat alongside statutory services and widened \
                multi-disciplinary team working in neighbourhoods.""",
                """
                Partners had to learn each other's cultures and habits of work, look after the wellbeing and morale of \
                their staff, and have hard conversations without losing goodwill.
                Money is still hard to move: much of it is committed in existing contracts or held at system level, \
                and the way budgets are set up does not yet help to reduce inequalities.
                People also had to look past their own professional viewpoint and past immediate workforce pressures.""",
                """
                Every partner has signed up to one purpose and a shared set of priorities.
                Working relationships are practical and flexible, built on values and behaviours agreed together.
                Voluntary and community organisations are involved sooner and more closely than before.""",
                """
                Leaders with wide goals who are keen to act, so that talk turns into plans that change services.
                Deliberately building trust and generosity, with leaders who reach across organisational boundaries, \
                following Kaleidoscope's eight characteristics of high-performing collaboration.
                Strong local economic infrastructure: the council's employment and skills service, Greenwich Local \
                Labour and Business, and the hospital acting as an anchor institution.
                Lessons from the pandemic written down and put to use, more joint roles and shared accountability, \
                and good data and analysis feeding the partnership's thinking.""",
                "We now talk with each other rather than past each other, and we spend our energy on the things we "
                        + "can actually change.",
                "Place Executive Director, Royal Borough of Greenwich (paraphrased)",
                "Place Executive Director and Director of Health and Adult Services, Royal Borough of Greenwich. "
                        + "Contact the partnership through the council (demo address: healthier.greenwich@example.org).");
    }

    /** Version 2: the results now name the agreed priorities in a little more detail. */
    static Draft revised() {
        Draft first = first();
        return new Draft(first.about(), first.wentWell(), first.challengesOvercome(),
                """
                Every partner has signed up to one purpose and a shared set of priorities, reviewed together each year.
                Working relationships are practical and flexible, built on values and behaviours agreed together.
                Voluntary and community organisations are involved sooner and more closely than before, including in \
                planning the community hubs.""",
                first.whatMadeTheDifference(), first.quote(), first.quoteAttribution(), first.contact());
    }
}
