//! Common given names of the people the English-language press writes
//! about, with their usual gender: what lets a pattern find "Sarah Hughes"
//! or "Yuki Kusumi" with no title or verb of speech beside the name, and a
//! pronoun find them later.
//!
//! The lists leave out names that are common words or places as well
//! ("Will", "Mark", "Grant", "Hope", "May", "Sydney", "Jordan", "Victoria",
//! "Christian"): a capitalised word there is more often something else.
//! A name that both genders often bear ("Jean", "Andrea") has no gender.

use crate::gazetteer::Gender;

/// Male given names, space-separated.
const MALE: &str = "\
Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Aidan Akira Akio Alan \
Alastair Albert Alberto Aleksandr Aleksei Alessandro Alexander Alexandre \
Alexei Alfred Ali Alistair Amir Anatoly Anders Andre Andreas Andrei Andres \
Andrew Andrzej Andy Angus Anil Anthony Antoine Anton Antonio Armando Arnold \
Arthur Arturo Ashok Barack Barry Bashar Ben Benjamin Bernard Bernd Bernie \
Bjorn Boris Brad Bradley Brandon Brendan Brian Bruce Bruno Bryan Burak Carl \
Carlos Charles Charlie Chidi Christoph Christopher Clarence Claude Clive \
Colin Conor Craig Cristiano Curtis Cyril Dale Damian Damien Dan Daniel Danny \
Dario Darren Dave David Declan Denis Dennis Derek Diego Dieter Dimitri \
Dimitris Dmitry Dominic Donald Doug Douglas Duncan Dylan Eamon Ed Eddie \
Edgar Eduardo Edward Edwin Egor Emeka Emil Emmanuel Enrique Eric Erik \
Ernesto Ernst Esteban Ethan Eugene Evan Evgeny Fabian Fahad Farhan Federico \
Felipe Felix Fernando Filipe Florian Francesco Francis Francisco Franco \
Franz Fred Frederick Friedrich Fumio Gabriel Gareth Garry Gary Gavin Gennady \
Geoffrey George Georgy Gerald Gerard Gerhard Giorgio Giovanni Giuseppe \
Gordon Graham Greg Gregory Guillaume Gunnar Gustavo Hamid Hans Harold Harry \
Hasan Hassan Hector Heinrich Helmut Henri Henrik Henry Herbert Hiroaki \
Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Imran Isaac Ismail \
Ivan Jacob Jacques Jaime Jake James Jason Javier Jean-Claude Jean-Luc \
Jean-Pierre Jeff Jeffrey Jens Jeremy Jerome Jerry Jim Jimmy Joachim Joe Joel \
Johan Johann Johannes John Johnny Jon Jonathan Jordi Jorge Jose Josef Joseph \
Josh Joshua Juan Julian Julien Julio Jurgen Justin Kamal Karim Karl Kazuo \
Keith Ken Kenji Kenneth Kevin Khalid Kirill Klaus Koji Konstantin Kumar Kurt \
Kwame Lars Laurent Lawrence Lee Leo Leon Leonard Leonardo Lewis Liam Lorenzo \
Louis Luc Luca Lucas Luis Luke Lukas Magnus Mahmoud Malcolm Manfred Manuel \
Marc Marcel Marco Marcos Marcus Mario Marius Markus Martin Marvin Masayoshi \
Mathieu Matt Matteo Matthew Matthias Maurice Mauricio Maxim Maximilian \
Mehmet Michael Michel Miguel Mikhail Mike Mikhailo Mitch Mohamed Mohammad \
Mohammed Muhammad Murat Mustafa Naoki Narendra Nathan Neil Nicholas Nick \
Nicolas Nigel Nikita Nikolai Nikolay Noah Norbert Oleg Oliver Olivier Omar \
Oscar Otto Owen Pablo Paolo Patrick Paul Pavel Pedro Peter Philip Philipp \
Philippe Pierre Pieter Piotr Rafael Rahul Raj Rajesh Ralph Ramon Randy Raul \
Reginald Reza Ricardo Richard Rick Robert Roberto Rodrigo Roger Roland \
Ron Ronald Rory Ross Rudolf Rupert Russell Ryan Saeed Salman Samir Samuel \
Sanjay Satoshi Scott Sean Sebastian Serge Sergei Sergey Sergio Seth Shane \
Shinzo Simon Stanislav Stefan Stefano Stephen Steve Steven Stuart Sunil Sven \
Takeshi Tariq Taro Ted Terry Theo Thierry Thomas Tim Timothy Tobias Todd Tom \
Tomas Tommy Tony Trevor Tyler Uwe Valentin Valery Vasily Viktor Vikram \
Vincent Vitaly Vladimir Vladislav Volker Walter Warren Wayne Werner Wolfgang \
Xavier Yaroslav Yasser Yevgeny Yoshihide Youssef Yuri Yusuf Zachary Zoltan";

/// Female given names, space-separated.
const FEMALE: &str = "\
Abigail Ada Adriana Agnieszka Aisha Akiko Alexandra Alice Alicia Alina \
Alison Amanda Amelia Amina Amy Ana Anastasia Angela Angelina Anita Ann Anna \
Annalena Anne Annette Antonia Astrid Barbara Beata Beatrice Beatriz Bettina \
Beverley Birgit Brenda Bridget Brigitte Camilla Carla Carmen Carolina \
Caroline Catherine Cecilia Celine Chiara Chloe Christina Christine Cindy \
Claire Clara Claudia Colette Cristina Cynthia Dagmar Daniela Deborah Denise \
Diana Diane Dina Donna Doris Dorothy Elena Eleanor Elif Elisabeth Elizabeth \
Ella Ellen Elsa Elvira Emilia Emily Emma Erika Esther Eva Evelyn Fatima \
Fiona Francesca Francoise Gabriela Gabrielle Galina Gillian Gina Giulia \
Gloria Greta Gudrun Hana Hannah Harriet Heather Heidi Helen Helena Helga \
Ilona Ines Ingrid Irene Irina Isabel Isabella Isabelle Jacqueline Jane Janet \
Janice Jennifer Jessica Joan Joanna Joanne Johanna Josephine Judith Judy \
Julia Julie Juliette Karen Karin Katarina Katarzyna Kate Katherine Kathleen \
Kathryn Katie Katrin Keiko Kerstin Kristina Laura Lauren Leila Lena Leticia \
Linda Lisa Liz Lorena Louise Lucia Lucy Ludmila Luisa Lyudmila Madeleine \
Magdalena Maria Mariana Marie Marina Marion Marta Martha Martina Mary Maya \
Megan Melanie Melissa Mia Michelle Monica Monika Nadia Nadine Nancy Naomi \
Natalia Natalie Natalya Nicole Nina Ngozi Olga Olivia Pamela Patricia Paula \
Pauline Penelope Petra Rachel Rebecca Renate Rita Roberta Rosa Rosemary Ruth \
Sabine Sally Samantha Sandra Sara Sarah Silvia Sofia Sonia Sophie Stephanie \
Susan Susanne Suzanne Svetlana Sylvia Tamara Tanya Tatiana Tatyana Teresa \
Theresa Tina Ursula Valentina Valeria Vanessa Vera Veronica Veronika Wendy \
Yelena Yoko Yuko Yulia Zainab Zeynep Zoe";

/// Given names that both genders often bear, space-separated.
const EITHER: &str = "\
Alex Andrea Ashley Chris Dominique Jamie Jean Kai Leslie Nicola Robin Sam \
Sasha Simone Yuki";

/// The embedded given names with their gender, if they have one.
pub(crate) fn embedded() -> impl Iterator<Item = (&'static str, Option<Gender>)> {
    let male = MALE.split_whitespace().map(|n| (n, Some(Gender::Male)));
    let female = FEMALE.split_whitespace().map(|n| (n, Some(Gender::Female)));
    male.chain(female).chain(EITHER.split_whitespace().map(|n| (n, None)))
}

/// Whether `w` is one of the embedded given names.
pub(crate) fn is_common(w: &str) -> bool {
    static ALL: once_cell::sync::Lazy<std::collections::HashSet<&'static str>> =
        once_cell::sync::Lazy::new(|| embedded().map(|(n, _)| n).collect());
    ALL.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_is_listed_twice_or_for_both_genders() {
        let mut seen = std::collections::HashSet::new();
        for (name, _) in embedded() {
            assert!(seen.insert(name), "{name} is listed twice");
            assert!(name.chars().next().is_some_and(char::is_uppercase), "{name}");
        }
        assert!(seen.len() > 600, "{}", seen.len());
    }
}
