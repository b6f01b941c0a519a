"""Demo content of the intake section: the two form pages, in English with their translations.

Registered in ``home.management.commands.load_demo_content.SECTIONS``; the loader publishes the
translations from the texts below. The full privacy notice (slug ``privacy-notice``) belongs to
the content section; the form pages link to it when it exists.
"""

from wagtail.models import Page, Site

from forms.models import IntakeSettings, JoinRosterPage, RequestAssistancePage
from home.demo.text import T

PRIVACY_SLUG = "privacy-notice"
DEMO_MODERATORS = "moderators@example.org"

REQUEST_TITLE = T(
    en="Request assistance",
    pt="Solicitar assistência",
    fr="Demander une assistance",
    es="Solicitar asistencia",
)
REQUEST_INTRO = [
    T(
        en="Public institutions of partner countries can ask MIEUX+ for short-term, peer-to-peer "
        "expert assistance on migration and mobility. Tell us about your need in this "
        "expression of interest.",
        pt="As instituições públicas dos países parceiros podem solicitar à MIEUX+ assistência "
        "especializada de curto prazo, entre pares, em matéria de migração e mobilidade. "
        "Apresente a sua necessidade através desta manifestação de interesse.",
        fr="Les institutions publiques des pays partenaires peuvent demander à MIEUX+ une "
        "assistance d’experts à court terme, entre pairs, en matière de migration et de "
        "mobilité. Décrivez votre besoin dans cette manifestation d’intérêt.",
        es="Las instituciones públicas de los países socios pueden solicitar a MIEUX+ asistencia "
        "experta a corto plazo, entre pares, en materia de migración y movilidad. Describa su "
        "necesidad en esta manifestación de interés.",
    ),
    T(
        en="National and local institutions, regional organisations, judicial services, "
        "prosecution services, ombuds offices and parliaments can apply. Civil society "
        "organisations apply jointly with a government partner, and several institutions can "
        "send a joint request.",
        pt="Podem candidatar-se instituições nacionais e locais, organizações regionais, serviços "
        "judiciais, procuradorias, provedorias e parlamentos. As organizações da sociedade civil "
        "apresentam a solicitação em conjunto com um parceiro governamental, e várias "
        "instituições podem enviar uma solicitação conjunta.",
        fr="Peuvent faire une demande les institutions nationales et locales, les organisations "
        "régionales, les services judiciaires, les parquets, les institutions de médiation et "
        "les parlements. Les organisations de la société civile présentent leur demande "
        "conjointement avec un partenaire gouvernemental, et plusieurs institutions peuvent "
        "envoyer une demande conjointe.",
        es="Pueden presentar una solicitud las instituciones nacionales y locales, las "
        "organizaciones regionales, los servicios judiciales, las fiscalías, las defensorías del "
        "pueblo y los parlamentos. Las organizaciones de la sociedad civil la presentan "
        "conjuntamente con un socio gubernamental, y varias instituciones pueden enviar una "
        "solicitud conjunta.",
    ),
    T(
        en="The expression of interest is followed by an official request letter addressed to "
        "the MIEUX+ team or to the local EU Delegation. If you already have it, you can attach "
        "it here.",
        pt="A manifestação de interesse é seguida de uma carta de solicitação oficial endereçada "
        "à equipa MIEUX+ ou à Delegação local da UE. Se já a tiver, pode anexá-la aqui.",
        fr="La manifestation d’intérêt est suivie d’une lettre de demande officielle adressée à "
        "l’équipe MIEUX+ ou à la Délégation locale de l’UE. Si vous l’avez déjà, vous pouvez "
        "la joindre ici.",
        es="La manifestación de interés va seguida de una carta de solicitud oficial dirigida al "
        "equipo de MIEUX+ o a la Delegación local de la UE. Si ya la tiene, puede adjuntarla "
        "aquí.",
    ),
]
REQUEST_PRIVACY = [
    T(
        en="ICMPD, which implements MIEUX+, uses the information in this form to assess your "
        "request and to contact you about it. It is shared only with the European Commission "
        "and the experts who prepare the assistance, and kept as long as the request and any "
        "resulting activity require. You can ask at any time to see, correct or delete your "
        "data.",
        pt="O ICMPD, que implementa a MIEUX+, utiliza as informações deste formulário para "
        "avaliar a sua solicitação e para o contactar a respeito dela. Só são partilhadas com a "
        "Comissão Europeia e com os especialistas que preparam a assistência, e são conservadas "
        "enquanto a solicitação e a eventual atividade dela resultante o exigirem. Pode pedir a "
        "qualquer momento para consultar, corrigir ou apagar os seus dados.",
        fr="L’ICMPD, qui met en œuvre MIEUX+, utilise les informations de ce formulaire pour "
        "évaluer votre demande et vous contacter à son sujet. Elles ne sont communiquées qu’à "
        "la Commission européenne et aux experts qui préparent l’assistance, et sont conservées "
        "aussi longtemps que la demande et l’éventuelle activité qui en découle l’exigent. Vous "
        "pouvez à tout moment demander à consulter, rectifier ou effacer vos données.",
        es="El ICMPD, que ejecuta MIEUX+, utiliza la información de este formulario para evaluar "
        "su solicitud y ponerse en contacto con usted al respecto. Solo se comparte con la "
        "Comisión Europea y con los expertos que preparan la asistencia, y se conserva mientras "
        "la solicitud y la posible actividad resultante lo requieran. Puede pedir en cualquier "
        "momento consultar, rectificar o suprimir sus datos.",
    ),
]
RECAPTCHA_NOTICE = T(
    en="This page uses Google reCAPTCHA to protect the form from spam: Google receives your "
    "IP address and information about your browser when you use the check box.",
    pt="Esta página utiliza o Google reCAPTCHA para proteger o formulário contra spam: a Google "
    "recebe o seu endereço IP e informações sobre o seu navegador quando utiliza a caixa de "
    "verificação.",
    fr="Cette page utilise Google reCAPTCHA pour protéger le formulaire contre le spam : Google "
    "reçoit votre adresse IP et des informations sur votre navigateur lorsque vous utilisez la "
    "case à cocher.",
    es="Esta página utiliza Google reCAPTCHA para proteger el formulario contra el spam: Google "
    "recibe su dirección IP e información sobre su navegador cuando utiliza la casilla de "
    "verificación.",
)
REQUEST_THANKS = [
    T(
        en="Thank you for your interest in MIEUX+. The MIEUX+ team will review your expression "
        "of interest and contact you about the next steps.",
        pt="Obrigado pelo seu interesse na MIEUX+. A equipa MIEUX+ irá analisar a sua "
        "manifestação de interesse e entrará em contacto consigo sobre os próximos passos.",
        fr="Merci de votre intérêt pour MIEUX+. L’équipe MIEUX+ examinera votre manifestation "
        "d’intérêt et vous contactera au sujet des prochaines étapes.",
        es="Gracias por su interés en MIEUX+. El equipo de MIEUX+ examinará su manifestación de "
        "interés y se pondrá en contacto con usted sobre los próximos pasos.",
    ),
    T(
        en="If you have not sent the official request letter yet, you can address it to the "
        "MIEUX+ team or to the local EU Delegation.",
        pt="Se ainda não enviou a carta de solicitação oficial, pode endereçá-la à equipa MIEUX+ "
        "ou à Delegação local da UE.",
        fr="Si vous n’avez pas encore envoyé la lettre de demande officielle, vous pouvez "
        "l’adresser à l’équipe MIEUX+ ou à la Délégation locale de l’UE.",
        es="Si aún no ha enviado la carta de solicitud oficial, puede dirigirla al equipo de "
        "MIEUX+ o a la Delegación local de la UE.",
    ),
]

ROSTER_TITLE = T(
    en="Join the expert roster",
    pt="Junte-se à lista de especialistas",
    fr="Rejoindre le fichier d’experts",
    es="Únase a la lista de expertos",
)
ROSTER_INTRO = [
    T(
        en="MIEUX+ sends teams of migration experts, mostly from the public administrations of EU "
        "Member States but also from other countries, to share their experience with partner "
        "institutions as peers.",
        pt="A MIEUX+ envia equipas de especialistas em migração, maioritariamente das "
        "administrações públicas dos Estados-membros da UE, mas também de outros países, para "
        "partilharem a sua experiência com as instituições parceiras, entre pares.",
        fr="MIEUX+ envoie des équipes d’experts en migration, issus pour la plupart des "
        "administrations publiques des États membres de l’UE, mais aussi d’autres pays, pour "
        "partager leur expérience avec les institutions partenaires, entre pairs.",
        es="MIEUX+ envía equipos de expertos en migración, procedentes sobre todo de las "
        "administraciones públicas de los Estados miembros de la UE, pero también de otros "
        "países, para compartir su experiencia con las instituciones socias, entre pares.",
    ),
    T(
        en="If you have experience in migration and would like to take part in MIEUX+ "
        "activities, tell us about your expertise and send your CV. We will contact you when a "
        "request matches your profile.",
        pt="Se tem experiência em matéria de migração e gostaria de participar nas atividades da "
        "MIEUX+, fale-nos das suas competências e envie o seu CV. Entraremos em contacto "
        "consigo quando uma solicitação corresponder ao seu perfil.",
        fr="Si vous avez une expérience dans le domaine de la migration et souhaitez participer "
        "aux activités de MIEUX+, présentez-nous vos compétences et envoyez votre CV. Nous vous "
        "contacterons lorsqu’une demande correspondra à votre profil.",
        es="Si tiene experiencia en materia de migración y desea participar en las actividades "
        "de MIEUX+, cuéntenos cuáles son sus competencias y envíe su CV. Nos pondremos en "
        "contacto con usted cuando una solicitud se ajuste a su perfil.",
    ),
]
ROSTER_PRIVACY = [
    T(
        en="ICMPD, which implements MIEUX+, keeps your details and CV in the MIEUX+ expert roster "
        "to match you with requests for assistance and to contact you about them. They are "
        "shared only with the European Commission and the partner institutions of the "
        "activities you are proposed for. You can ask at any time to be removed from the "
        "roster, and to see, correct or delete your data.",
        pt="O ICMPD, que implementa a MIEUX+, conserva os seus dados e o seu CV na lista de "
        "especialistas da MIEUX+ para os associar às solicitações de assistência e para o "
        "contactar a respeito delas. Só são partilhados com a Comissão Europeia e com as "
        "instituições parceiras das atividades para as quais for proposto. Pode pedir a "
        "qualquer momento para ser retirado da lista e para consultar, corrigir ou apagar os "
        "seus dados.",
        fr="L’ICMPD, qui met en œuvre MIEUX+, conserve vos données et votre CV dans le fichier "
        "d’experts de MIEUX+ afin de vous proposer pour des demandes d’assistance et de vous "
        "contacter à leur sujet. Ils ne sont communiqués qu’à la Commission européenne et aux "
        "institutions partenaires des activités pour lesquelles vous êtes proposé. Vous pouvez à "
        "tout moment demander à être retiré du fichier et à consulter, rectifier ou effacer vos "
        "données.",
        es="El ICMPD, que ejecuta MIEUX+, conserva sus datos y su CV en la lista de expertos de "
        "MIEUX+ para proponerle en las solicitudes de asistencia y ponerse en contacto con "
        "usted al respecto. Solo se comparten con la Comisión Europea y con las instituciones "
        "socias de las actividades para las que se le proponga. Puede pedir en cualquier "
        "momento que se le retire de la lista y consultar, rectificar o suprimir sus datos.",
    ),
]
ROSTER_THANKS = [
    T(
        en="Thank you for offering your expertise to MIEUX+. The team will review your "
        "application and contact you when a request for assistance matches your profile.",
        pt="Obrigado por disponibilizar as suas competências à MIEUX+. A equipa irá analisar a "
        "sua candidatura e entrará em contacto consigo quando uma solicitação de assistência "
        "corresponder ao seu perfil.",
        fr="Merci de mettre votre expertise à la disposition de MIEUX+. L’équipe examinera votre "
        "candidature et vous contactera lorsqu’une demande d’assistance correspondra à votre "
        "profil.",
        es="Gracias por poner su experiencia a disposición de MIEUX+. El equipo examinará su "
        "solicitud y se pondrá en contacto con usted cuando una solicitud de asistencia se "
        "ajuste a su perfil.",
    ),
]


def _html(paragraphs):
    return "".join(f"<p>{text.en}</p>" for text in paragraphs)


def _link_calls_to_action(home, request_page, roster_page):
    """Point the home page's two calls to action at the form pages, on the first run only; the
    translated home pages follow when the loader translates the home page."""
    if home.request_assistance_page_id and home.join_roster_page_id:
        return
    home.request_assistance_page = request_page
    home.join_roster_page = roster_page
    home.save_revision().publish()


def _form_page(home, model, slug, title, intro, privacy, thanks, privacy_page):
    existing = model.objects.child_of(home).first()
    if existing is not None:
        return existing
    page = model(
        title=title.en,
        slug=slug,
        show_in_menus=True,
        intro=_html(intro),
        privacy_summary=_html([*privacy, RECAPTCHA_NOTICE]),
        privacy_page=privacy_page,
        thank_you_text=_html(thanks),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def build(english_home):
    privacy_page = Page.objects.descendant_of(english_home).filter(slug=PRIVACY_SLUG).first()
    request_page = _form_page(
        english_home,
        RequestAssistancePage,
        "request-assistance",
        REQUEST_TITLE,
        REQUEST_INTRO,
        REQUEST_PRIVACY,
        REQUEST_THANKS,
        privacy_page,
    )
    roster_page = _form_page(
        english_home,
        JoinRosterPage,
        "join-the-expert-roster",
        ROSTER_TITLE,
        ROSTER_INTRO,
        ROSTER_PRIVACY,
        ROSTER_THANKS,
        privacy_page,
    )
    _link_calls_to_action(english_home, request_page, roster_page)
    site = Site.objects.get(is_default_site=True)
    if not IntakeSettings.objects.filter(site=site).exists():
        IntakeSettings.objects.create(site=site, moderator_emails=DEMO_MODERATORS)
